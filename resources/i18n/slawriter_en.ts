<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClausePlaceholders</name>
    <message>
        <location filename="../../slawriter/app/extras.py" line="149"/>
        <source>Placeholders a clause may use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/extras.py" line="153"/>
        <source>In the contract: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="43"/>
        <source>Tickets, CSV or Parquet (id, priority, created_at, first_response_at, resolved_at):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="52"/>
        <source>Incidents CSV (start, end, optional excluded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="57"/>
        <source>Metrics CSV (objective, period, value):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="77"/>
        <location filename="../../slawriter/app/compliance_view.py" line="196"/>
        <location filename="../../slawriter/app/compliance_view.py" line="217"/>
        <location filename="../../slawriter/app/compliance_view.py" line="267"/>
        <location filename="../../slawriter/app/compliance_view.py" line="277"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="85"/>
        <source>Month to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="86"/>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="93"/>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="95"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="103"/>
        <source>Column names in your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="106"/>
        <source>When your export names a column differently, say which: the column slawriter reads, =, the name in your file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="110"/>
        <source>Column &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="113"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="129"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="129"/>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="129"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="129"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="135"/>
        <source>Save &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="137"/>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="150"/>
        <source>CSV or Parquet (*.csv *.parquet *.parq *.pq);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="152"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="153"/>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="202"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="216"/>
        <source>The check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="233"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="234"/>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="235"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="242"/>
        <source>%1: %2 met, %3 breached; credit owed %4 % of the monthly fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="261"/>
        <source>Save JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="272"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditSentence</name>
    <message>
        <location filename="../../slawriter/app/extras.py" line="65"/>
        <source>In the contract: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../slawriter/app/document.py" line="24"/>
        <location filename="../../slawriter/app/main_window.py" line="530"/>
        <source>Untitled agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="57"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="39"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="299"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="319"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="321"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="323"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="325"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="329"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="332"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="333"/>
        <source>Write the contract as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="335"/>
        <source>Export &amp;Word Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="337"/>
        <source>Write the contract as a Word document (.docx) with the agreement inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="340"/>
        <source>Export &amp;Reminders (iCalendar)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="342"/>
        <source>Effective date, reviews, renewal and notice, claim deadlines as an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="345"/>
        <source>Export &amp;OpenSLO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="347"/>
        <source>The objectives as OpenSLO documents for monitoring tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="350"/>
        <source>&amp;Compliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="352"/>
        <source>Check a month of tickets, incidents or metrics against the objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="355"/>
        <source>&amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="357"/>
        <source>Browse, search, edit and delete the entries of your libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="361"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="367"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="371"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="373"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="380"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="384"/>
        <source>Previous Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="386"/>
        <source>Next Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="388"/>
        <source>&amp;About slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="393"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="396"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="410"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="415"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="420"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="423"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="425"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="504"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="508"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="170"/>
        <source>Guided set-up finished: choose any section on the left to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="229"/>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="230"/>
        <source>has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="231"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="245"/>
        <source>{0} errors, {1} warnings before this can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="251"/>
        <source>Ready to send: no errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="58"/>
        <source>Could not open the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="107"/>
        <source>Could not open the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="149"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="190"/>
        <source>Could not save the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="197"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="49"/>
        <source>Export Word Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="50"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="67"/>
        <source>{0}: is this agreement&apos;s own file; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="76"/>
        <source>Exporting {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="131"/>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="139"/>
        <source>Could not export the Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="141"/>
        <source>Could not export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/settings.py" line="61"/>
        <source>The new language takes effect when you restart slawriter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="235"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="239"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="281"/>
        <source>Could not restore the autosaved copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDialog</name>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="28"/>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="32"/>
        <source>Start from a preset, or from a blank agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="36"/>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="37"/>
        <source>Blank agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="55"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="66"/>
        <source>An empty agreement: you fill in every section yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="32"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="37"/>
        <source>User interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="38"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="42"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="46"/>
        <source>A new language takes effect when you restart slawriter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="55"/>
        <source>The folder of the last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="56"/>
        <location filename="../../slawriter/app/preferences_dialog.py" line="116"/>
        <source>Default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="57"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="58"/>
        <source>Choose the default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="62"/>
        <source>Default &amp;export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="69"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="70"/>
        <source>Organization logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="72"/>
        <source>A PNG or SVG file shown on the contract&apos;s title page (at most 2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="74"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="75"/>
        <source>Choose the logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="79"/>
        <source>Organization &amp;logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="84"/>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="86"/>
        <source>The colour of headings and table headers, as # and six hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="88"/>
        <source>&amp;Accent colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="101"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="103"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="125"/>
        <source>Organization logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="127"/>
        <source>Images (*.png *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../slawriter/app/preview.py" line="87"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="90"/>
        <location filename="../../slawriter/app/preview.py" line="240"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="95"/>
        <source>The preview is being updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="106"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="108"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="109"/>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="118"/>
        <source>Contract preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="126"/>
        <source>The contract appears here a moment after you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="230"/>
        <source>Updating the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="233"/>
        <source>The pages you changed are shown first; the others, the contents and the page headers are brought up to date in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="276"/>
        <source>The preview could not be made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="336"/>
        <source>Page {0} of …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="339"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveredCopy</name>
    <message>
        <location filename="../../slawriter/app/recovery.py" line="57"/>
        <source>{0} (autosaved {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../slawriter/app/render_service.py" line="367"/>
        <source>The renderer stopped while making this PDF. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="146"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="163"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="187"/>
        <source>Nothing to fix: the agreement is ready to send. Save it and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="192"/>
        <source>{0} errors, {1} warnings and {2} notes. Follow a link to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="197"/>
        <source>From the libraries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../slawriter/app/pages/base.py" line="69"/>
        <source>This agreement is signed (or superseded) and cannot be changed. To change it, start a new revision in Sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/base.py" line="121"/>
        <source>Update from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/base.py" line="135"/>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/consequences.py" line="16"/>
        <source>Service credit tiers per objective, the credit cap and claim procedure, the escalation path, remediation and chronic failure, and non-monetary consequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/governance.py" line="16"/>
        <source>Reporting cadence and contents, review meetings, change control, definitions and additional clauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/limitations.py" line="16"/>
        <source>Scheduled maintenance, exclusions (force majeure, customer-caused, third party…), usage limits and the norms and standards the parties follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/objectives.py" line="16"/>
        <source>Each objective: what is measured, the target, per-priority targets, the measurement window and calendar, clock rules and who is responsible. Calendars and priorities are defined here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/parties.py" line="15"/>
        <source>What kind of agreement this is, its identity, language and dates, and the two or more parties to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/responsibilities.py" line="16"/>
        <source>What each party must do, the customer obligations that are conditions for service credits, and what a request or incident report must contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/scope.py" line="16"/>
        <source>The services covered and what is explicitly not, the service hours, support channels, dependencies, and the users and locations served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="57"/>
        <source>Who signs for each party, internal approvals, the status of the agreement and its revision history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="39"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="40"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="41"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="42"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="271"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="43"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="46"/>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="47"/>
        <source>Send for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="48"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="49"/>
        <source>Mark signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="50"/>
        <source>Mark superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="76"/>
        <source>Status and revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="85"/>
        <source>Audit log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="100"/>
        <source>Record approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="105"/>
        <source>signed in ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="106"/>
        <source>signed digitally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="107"/>
        <source>recorded approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="110"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="239"/>
        <source>Record sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="112"/>
        <source>New revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="114"/>
        <source>Sign PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="116"/>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="143"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="146"/>
        <source>(read-only: start a new revision to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="149"/>
        <source>sign-offs missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="156"/>
        <source>No lifecycle steps recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="175"/>
        <source>Your name (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="185"/>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="215"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="219"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="227"/>
        <source>Record approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="215"/>
        <source>What was approved (e.g. Legal review):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="219"/>
        <source>Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="249"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="253"/>
        <source>New revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="249"/>
        <source>What will this revision change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="272"/>
        <source>Signed PDF written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="289"/>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="290"/>
        <source>Redline written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardBar</name>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="79"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="81"/>
        <source>Back to the previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="82"/>
        <location filename="../../slawriter/app/wizard.py" line="107"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="84"/>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="85"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="88"/>
        <source>Finish the guided set-up and edit the sections freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="102"/>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="107"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="113"/>
        <source> (and {0} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="114"/>
        <source>To continue: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="118"/>
        <source>Complete this section first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkedExample</name>
    <message>
        <location filename="../../slawriter/app/extras.py" line="120"/>
        <source>On the calendar “{0}”, for example:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar_exports</name>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="38"/>
        <source>Export reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="47"/>
        <source>%1 reminders written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="61"/>
        <source>Export OpenSLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="70"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="76"/>
        <source>Not exported: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../slawriter/app/compare.py" line="39"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compare.py" line="40"/>
        <source>Agreements and contracts (*.sla.json *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compare.py" line="49"/>
        <source>Save redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compare.py" line="51"/>
        <source>PDF (*.pdf);;HTML (*.html);;Word document with tracked changes (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compare.py" line="64"/>
        <source>Could not compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="47"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="49"/>
        <location filename="../../slawriter/app/conflicts.py" line="51"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="81"/>
        <source>Merge conflicts in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="85"/>
        <source>{0} was merged in git, and these fields were changed in two ways. Choose the version to keep for each field; the file is then saved and opened. Cancel leaves the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="100"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="101"/>
        <source>Before the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="102"/>
        <source>Ours (this branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="103"/>
        <source>Theirs (merged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="144"/>
        <source>All &amp;ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="147"/>
        <source>All &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="159"/>
        <source>Keep the chosen versions and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="162"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="28"/>
        <source>Agreements (*.sla.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="48"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="49"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="52"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="72"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="73"/>
        <source>“{0}” was changed by another program since you opened it.

Overwrite it with your version? The other changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="115"/>
        <source>Open agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="125"/>
        <source>Save agreement as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="153"/>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="155"/>
        <source>slawriter closed without saving your work last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="161"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="164"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="167"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="182"/>
        <source>About slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="183"/>
        <source>&lt;h3&gt;slawriter {0}&lt;/h3&gt;&lt;p&gt;Write service level agreements and export them as contracts, offline.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="196"/>
        <source>Export contract as Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="197"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="199"/>
        <source>Export contract as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="200"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="219"/>
        <source>Word document exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="221"/>
        <source>PDF exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="223"/>
        <source>The contract was saved as “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="227"/>
        <source>The renderer reported {0} warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="233"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="325"/>
        <source>Entry exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="326"/>
        <source>The library “{1}” already holds the entry {0}.

Replace it? Agreements that use it will be told it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="342"/>
        <source>Insert from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="343"/>
        <source>The agreement already has “{1}”, with the ID of the entry “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="350"/>
        <source>Replace it with the library&apos;s entry (it keeps its ID, and what refers to it), or add the entry as a copy under a new ID?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="357"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="360"/>
        <source>Add a &amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="372"/>
        <source>Update from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="374"/>
        <source>“{0}” was changed in this agreement since it came from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="378"/>
        <source>“{0}” came from the library through an older slawriter: whether it was changed in this agreement cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="388"/>
        <source>Updating replaces what it says here with the library&apos;s text. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="394"/>
        <source>&amp;Replace With Library&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="406"/>
        <source>Record approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="407"/>
        <source>The text changed after an earlier approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="413"/>
        <source>&amp;Record Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="424"/>
        <source>Save Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="425"/>
        <source>“{0}” was changed on disk since it was shown (a git pull or a teammate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="432"/>
        <source>Saving writes your version over the changes in {0}. Cancel keeps your edits here and the file as it is; Reload then shows the file&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="439"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="450"/>
        <source>Delete library entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="451"/>
        <source>Delete the entry {0} from the library “{1}”?

Agreements that use it keep their items; check will say the entry is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../slawriter/app/forms.py" line="176"/>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="258"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="270"/>
        <source>enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="276"/>
        <source>&apos;{0}&apos;: write decimals with a point and no thousands separators, like 12500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="286"/>
        <source>&apos;{0}&apos; is not a number; write it like 99.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="292"/>
        <source>enter a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="378"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="380"/>
        <source>Untick to leave the date empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="383"/>
        <source>{0}: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="461"/>
        <source>— none (24×7) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="463"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="470"/>
        <source>{0} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="490"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="491"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="492"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="493"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="500"/>
        <source>From library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="504"/>
        <source>To library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="510"/>
        <source>Insert a {0} from a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="514"/>
        <source>Save the selected {0} to a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="520"/>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="523"/>
        <source>Remove the selected {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="525"/>
        <source>Move the selected {0} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="528"/>
        <source>Move the selected {0} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="555"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="607"/>
        <source>Add to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="646"/>
        <source>Insert from library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="649"/>
        <source>Save to library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="662"/>
        <source>Remove from “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="678"/>
        <source>Reorder “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="735"/>
        <source>Double-click or press F2 to edit an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="762"/>
        <source>&apos;{0}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="772"/>
        <source>Edit list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="799"/>
        <source>No party IDs defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="800"/>
        <source>No calendar IDs defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="801"/>
        <source>No priority IDs defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="802"/>
        <source>No objective IDs defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="834"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="928"/>
        <source>No {0} yet — press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="1078"/>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpers</name>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="81"/>
        <source>Downtime budget at {0}: {1} per 30-day month, {2} per quarter (91 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="99"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="100"/>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="101"/>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="102"/>
        <source>rolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="109"/>
        <source>attainment of objective &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="115"/>
        <source>{0} uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="118"/>
        <source>{0} attainment of “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="122"/>
        <source>is at least {0} but below {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="126"/>
        <source>is below {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="127"/>
        <source>If {0} {1}, the customer receives a credit of {2} of the monthly fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="166"/>
        <source>Item {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../slawriter/app/history.py" line="50"/>
        <source>The commits of git that changed this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="81"/>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="84"/>
        <source>Reading the history from git…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="95"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="96"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="97"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="98"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="106"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="109"/>
        <source>Compare with this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="113"/>
        <source>A redline of the agreement as it is now against the file at the chosen commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="124"/>
        <source>Could not read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="135"/>
        <source>No history to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="151"/>
        <source>Commits of git that changed {0}, newest first: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="179"/>
        <source>Save redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="181"/>
        <source>PDF (*.pdf);;HTML (*.html);;Word document with tracked changes (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="195"/>
        <source>Could not compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="206"/>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="207"/>
        <source>Redline written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../slawriter/app/library.py" line="88"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="89"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="90"/>
        <source>Business calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="91"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="92"/>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="93"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="94"/>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="117"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="285"/>
        <source>Insert “{0}” from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="271"/>
        <location filename="../../slawriter/app/library.py" line="292"/>
        <source>Insert from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="264"/>
        <source>Replace with “{0}” from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="273"/>
        <location filename="../../slawriter/app/library.py" line="294"/>
        <source>“{0}” cannot be inserted: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="326"/>
        <source>Insert from library — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="334"/>
        <location filename="../../slawriter/app/library_window.py" line="608"/>
        <source>Search names, descriptions and libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="336"/>
        <location filename="../../slawriter/app/library_window.py" line="610"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="344"/>
        <location filename="../../slawriter/app/library_window.py" line="623"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="345"/>
        <location filename="../../slawriter/app/library.py" line="483"/>
        <location filename="../../slawriter/app/library_window.py" line="624"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="346"/>
        <location filename="../../slawriter/app/library.py" line="499"/>
        <location filename="../../slawriter/app/library_window.py" line="430"/>
        <location filename="../../slawriter/app/library_window.py" line="625"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="347"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="368"/>
        <source>Not in {0}: the contract shows it in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="378"/>
        <source>No library in use holds an entry of this kind yet. Save an item with “Save to library…”, or add a team library in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="391"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="476"/>
        <location filename="../../slawriter/app/library.py" line="567"/>
        <source>Save to library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="484"/>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="487"/>
        <source>Entry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="489"/>
        <source>The entry&apos;s file name in the folder “{0}”: lowercase letters, digits and single hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="495"/>
        <source>Entry &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="501"/>
        <source>What the entry is for and when to use it (not printed in contracts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="505"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="526"/>
        <source>&apos;{0}&apos; cannot be an entry ID: use lowercase letters, digits and single hyphens (e.g. acme-gmbh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="601"/>
        <source>Save “{0}” to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="609"/>
        <source>The entry was saved as “{0}”. The item does not remember it: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="702"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="718"/>
        <source>the same as this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="730"/>
        <source>Update from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="737"/>
        <source>No library in use holds this item&apos;s entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="751"/>
        <source>Update “{0}” from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="760"/>
        <source>“{0}” was not updated: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="37"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="39"/>
        <source>{0} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="41"/>
        <source>{0} files or folders cannot be read (see Tools › Library…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="57"/>
        <source>Your own library: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="66"/>
        <source>&amp;Team libraries — folders the team shares (a git repository, a shared drive); their entries are offered beside your own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="77"/>
        <source>Team libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="81"/>
        <source>&amp;Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="82"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="134"/>
        <source>Add a team library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="140"/>
        <source>“{0}” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="146"/>
        <source>“{0}” is already one of your libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="77"/>
        <source>the defined term for the providing side (the Provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="80"/>
        <source>the defined term for the receiving side (the Customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="83"/>
        <source>the legal name of the first providing party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="84"/>
        <source>the legal name of the first receiving party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="85"/>
        <source>the effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="86"/>
        <source>the initial term in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="87"/>
        <source>the notice period in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="88"/>
        <source>the days after a period within which credits are claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="91"/>
        <source>the credit cap as a share of the monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="92"/>
        <source>the monthly fee, in the agreement&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="93"/>
        <source>an objective&apos;s name: {objective:ID}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="94"/>
        <source>an objective&apos;s target: {target:ID}, or for one priority {target:ID:PRIORITY}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="173"/>
        <source>Written first in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="174"/>
        <source>Written first in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="179"/>
        <source>Placed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="195"/>
        <source>Heading in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="201"/>
        <source>Text in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="204"/>
        <source>Empty: the clause does not exist in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="208"/>
        <source>Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="209"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="217"/>
        <source>Placeholders it knows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="224"/>
        <source>Double-click to put one in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="237"/>
        <source>Preview with the current agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="320"/>
        <source>The clause has no text in {0}, the language it is written in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="336"/>
        <source>The clause does not exist in {0}: the contract shows it in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="354"/>
        <source>“Uses placeholders” is off: the braces are printed as they are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="431"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="441"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="442"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="443"/>
        <source>&amp;Save Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="450"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="454"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="501"/>
        <source>{0} · library “{1}” · version {2} · languages: {3}
{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="581"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="597"/>
        <source>Library — slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="612"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="614"/>
        <source>Read every library folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="634"/>
        <source>Choose an entry on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="655"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="677"/>
        <source>Save the changes to “{0}” before reading the libraries again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="716"/>
        <source>1 file or folder could not be read; the other entries are listed above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="720"/>
        <source>{0} files or folders could not be read; the other entries are listed above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="786"/>
        <source>Save the changes to “{0}” before showing another entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="873"/>
        <source>Delete library entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="22"/>
        <source>Agreement &amp; parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="24"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="26"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="28"/>
        <source>Service level objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="30"/>
        <source>Limitations &amp; exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="32"/>
        <source>Breach consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="34"/>
        <source>Reporting, review &amp; change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="36"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="38"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="40"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="42"/>
        <source>Agreement info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="44"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="46"/>
        <source>Customer SLA, internal SLA/OLA between departments, vendor or underpinning contract, onboarding agreement, or partner agreement. Chooses the contract&apos;s look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="61"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="63"/>
        <source>The contract&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="65"/>
        <source>Document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="67"/>
        <source>Reference printed on every page, e.g. SLA-2026-014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="69"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="71"/>
        <source>Revision number; goes up with each new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="73"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="75"/>
        <source>Language the contract is written in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="81"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="83"/>
        <source>Currency of fees, credits and money targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="85"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="87"/>
        <source>Time zone in which the agreement&apos;s times and deadlines are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="98"/>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="100"/>
        <source>Date from which the agreement applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="102"/>
        <source>Term and renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="110"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="112"/>
        <source>One paragraph on why the parties make this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="114"/>
        <source>Master agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="116"/>
        <source>The master or framework agreement this SLA belongs to, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="118"/>
        <source>Order of precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="120"/>
        <source>Documents in the order that prevails when they conflict, highest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="124"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="126"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="128"/>
        <source>Stable ID: lowercase letters, digits and hyphens, at most 63 characters (an RFC 1123 label), used by other parts of the agreement to refer to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="133"/>
        <source>Legal name or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="135"/>
        <source>Registered legal name, or the department&apos;s name for an internal SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="139"/>
        <source>Kind of party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="147"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="149"/>
        <source>Provider delivers the service; customer receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="51"/>
        <source>Customer</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="53"/>
        <source>Internal</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="55"/>
        <source>Vendor</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="57"/>
        <source>Onboarding</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="59"/>
        <source>Partner</source>
        <comment>AgreementKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="77"/>
        <source>English</source>
        <comment>Language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="79"/>
        <source>Spanish</source>
        <comment>Language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="141"/>
        <source>Organization</source>
        <comment>PartyKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="143"/>
        <source>Department</source>
        <comment>PartyKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="145"/>
        <source>Person</source>
        <comment>PartyKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="151"/>
        <source>Provider</source>
        <comment>PartyRole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="153"/>
        <source>Customer</source>
        <comment>PartyRole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="155"/>
        <source>Partner</source>
        <comment>PartyRole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="164"/>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="166"/>
        <source>Company or tax registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="168"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="170"/>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="172"/>
        <source>People who act for the party under this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="174"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="176"/>
        <source>Day-to-day contacts for service matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="178"/>
        <source>Services in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="180"/>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="182"/>
        <source>Things a reader might expect but that the agreement does not cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="186"/>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="188"/>
        <source>Business calendar of the service hours; empty means 24×7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="190"/>
        <source>Support channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="192"/>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="194"/>
        <source>Systems, suppliers or inputs the service relies on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="196"/>
        <source>Users and locations served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="198"/>
        <source>What a request must contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="200"/>
        <source>Information a request or incident report must include to start the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="204"/>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="206"/>
        <source>Business calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="208"/>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="210"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="212"/>
        <source>Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="214"/>
        <source>Scheduled maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="216"/>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="218"/>
        <source>Usage limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="220"/>
        <source>Norms, standards and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="222"/>
        <source>Standards and procedures the parties must follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="224"/>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="226"/>
        <source>Service credit tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="228"/>
        <source>Credit cap (% of monthly fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="230"/>
        <source>Most that can be credited for one period, as a share of the monthly fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="252"/>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="254"/>
        <source>Monthly fee credits are computed from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="256"/>
        <source>Claim procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="258"/>
        <source>Credits are the sole remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="260"/>
        <source>Service credits are the customer&apos;s only remedy for missed objectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="264"/>
        <source>Escalation path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="266"/>
        <source>Remediation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="268"/>
        <source>What the responsible party does after a breach, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="270"/>
        <source>Chronic failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="272"/>
        <source>Other consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="274"/>
        <source>Non-monetary consequences, e.g. a review meeting with both managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="278"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="280"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="282"/>
        <source>Review meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="284"/>
        <source>Change control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="286"/>
        <source>How the agreement is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="288"/>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="290"/>
        <source>Additional clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="292"/>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="294"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="296"/>
        <source>Draft</source>
        <comment>AgreementStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="298"/>
        <source>In review</source>
        <comment>AgreementStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="300"/>
        <source>Approved</source>
        <comment>AgreementStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="302"/>
        <source>Signed</source>
        <comment>AgreementStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="304"/>
        <source>Superseded</source>
        <comment>AgreementStatus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="338"/>
        <source>None</source>
        <comment>RenewalKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="340"/>
        <source>Automatic</source>
        <comment>RenewalKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="342"/>
        <source>By agreement</source>
        <comment>RenewalKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="393"/>
        <source>Email</source>
        <comment>ChannelKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="395"/>
        <source>Phone</source>
        <comment>ChannelKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="397"/>
        <source>Portal</source>
        <comment>ChannelKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="399"/>
        <source>Chat</source>
        <comment>ChannelKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="401"/>
        <source>In person</source>
        <comment>ChannelKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="403"/>
        <source>Other</source>
        <comment>ChannelKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="426"/>
        <source>Duty</source>
        <comment>ResponsibilityKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="428"/>
        <source>Credit condition</source>
        <comment>ResponsibilityKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="458"/>
        <source>Availability</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="460"/>
        <source>First response time</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="462"/>
        <source>Resolution time</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="464"/>
        <source>Implementation time</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="466"/>
        <source>Lead follow up time</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="468"/>
        <source>Ticket volume</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="470"/>
        <source>Nps</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="472"/>
        <source>Csat</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="474"/>
        <source>Delivery volume</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="476"/>
        <source>Custom</source>
        <comment>MetricKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="538"/>
        <source>Weekly</source>
        <comment>Frequency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="540"/>
        <source>Monthly</source>
        <comment>Frequency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="542"/>
        <source>Quarterly</source>
        <comment>Frequency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="544"/>
        <source>Yearly</source>
        <comment>Frequency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="578"/>
        <source>Scheduled maintenance</source>
        <comment>ExclusionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="580"/>
        <source>Force majeure</source>
        <comment>ExclusionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="582"/>
        <source>Customer caused</source>
        <comment>ExclusionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="584"/>
        <source>Third party</source>
        <comment>ExclusionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="586"/>
        <source>Internet</source>
        <comment>ExclusionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="588"/>
        <source>Preview features</source>
        <comment>ExclusionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="590"/>
        <source>Suspension</source>
        <comment>ExclusionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="592"/>
        <source>Other</source>
        <comment>ExclusionKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="624"/>
        <source>Future invoices</source>
        <comment>CreditApplication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="626"/>
        <source>Refund</source>
        <comment>CreditApplication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="759"/>
        <source>Ink</source>
        <comment>SignOffMethod</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="761"/>
        <source>Digital</source>
        <comment>SignOffMethod</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="763"/>
        <source>Approval</source>
        <comment>SignOffMethod</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="777"/>
        <source>Status</source>
        <comment>LifecycleAction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="779"/>
        <source>Approval</source>
        <comment>LifecycleAction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="781"/>
        <source>Sign off</source>
        <comment>LifecycleAction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="783"/>
        <source>New revision</source>
        <comment>LifecycleAction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="801"/>
        <source>Monday</source>
        <comment>Weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="803"/>
        <source>Tuesday</source>
        <comment>Weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="805"/>
        <source>Wednesday</source>
        <comment>Weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="807"/>
        <source>Thursday</source>
        <comment>Weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="809"/>
        <source>Friday</source>
        <comment>Weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="811"/>
        <source>Saturday</source>
        <comment>Weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="813"/>
        <source>Sunday</source>
        <comment>Weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="821"/>
        <source>at least</source>
        <comment>Comparator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="823"/>
        <source>more than</source>
        <comment>Comparator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="825"/>
        <source>at most</source>
        <comment>Comparator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="827"/>
        <source>less than</source>
        <comment>Comparator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="833"/>
        <source>Percent</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="835"/>
        <source>Minutes</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="837"/>
        <source>Hours</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="839"/>
        <source>Business hours</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="841"/>
        <source>Days</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="843"/>
        <source>Business days</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="845"/>
        <source>Count</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="847"/>
        <source>Score</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="849"/>
        <source>Money</source>
        <comment>TargetUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="866"/>
        <source>Month</source>
        <comment>WindowKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="868"/>
        <source>Quarter</source>
        <comment>WindowKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="870"/>
        <source>Year</source>
        <comment>WindowKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="872"/>
        <source>Rolling days</source>
        <comment>WindowKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="886"/>
        <source>Minutes</source>
        <comment>DurationUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="888"/>
        <source>Hours</source>
        <comment>DurationUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="890"/>
        <source>Business hours</source>
        <comment>DurationUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="892"/>
        <source>Days</source>
        <comment>DurationUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="894"/>
        <source>Business days</source>
        <comment>DurationUnit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="306"/>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="104"/>
        <source>Defined terms for the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="106"/>
        <source>What the contract calls each side, e.g. the Provider and the Customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="234"/>
        <source>Credit cap over a longer period (% of its fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="236"/>
        <source>Most that can be credited over a subscription period or contract year, as a share of the fees for that period, e.g. 8. Can be set with or without the monthly cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="241"/>
        <source>Longer cap counted per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="243"/>
        <source>The period the longer cap counts over: the subscription period or the contract year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="248"/>
        <source>Subscription period</source>
        <comment>CapBasis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="250"/>
        <source>Contract year</source>
        <comment>CapBasis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="308"/>
        <source>Internal approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="310"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="312"/>
        <source>Recorded sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="314"/>
        <source>Who has signed off this version, when and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="316"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="318"/>
        <source>Every status change, approval, sign-off and new revision, each chained to the one before by its hash. Append-only: slawriter check reports an edited log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="323"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="325"/>
        <source>Initial term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="327"/>
        <source>Length of the initial term in months; empty for an open-ended agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="331"/>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="333"/>
        <source>What happens at the end of the term: nothing, automatic renewal, or renewal only when both parties agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="344"/>
        <source>Renewal period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="346"/>
        <source>Length of each renewal period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="348"/>
        <source>Notice to terminate or not renew (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="350"/>
        <source>Days of written notice a party must give before the end of a term to stop it renewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="355"/>
        <source>Party terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="357"/>
        <source>Term for the providing side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="359"/>
        <source>How the contract refers to the party or parties that provide the service, with its article, in the contract&apos;s language: e.g. &apos;the Provider&apos;, &apos;IT&apos;, &apos;el Equipo de Sistemas&apos;. Empty: the default for the kind of agreement (the Provider; the Service Team for internal agreements; the Company for onboarding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="364"/>
        <source>Term for the receiving side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="366"/>
        <source>How the contract refers to the party or parties that receive the service, with its article: e.g. &apos;the Customer&apos;, &apos;the New Hire&apos;, &apos;la Nueva Incorporación&apos;. Empty: the default for the kind of agreement (the Customer; the Requesting Team for internal agreements; the New Hire for onboarding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="371"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="373"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="375"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="377"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="379"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="381"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="383"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="385"/>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="387"/>
        <source>Parts of the service that are covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="389"/>
        <source>Support channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="391"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="405"/>
        <source>Email address, phone number or portal URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="407"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="409"/>
        <source>When the channel is staffed, e.g. &apos;Mon–Fri 09:00–18:00&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="411"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="413"/>
        <source>Business calendar that gives the channel&apos;s hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="415"/>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="417"/>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="419"/>
        <source>IDs of the parties that carry this duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="421"/>
        <source>A plain duty, or a customer obligation that must be met for service credits to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="430"/>
        <source>Business calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="432"/>
        <source>IANA time zone name, e.g. Europe/Madrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="434"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="436"/>
        <source>Public holidays of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="438"/>
        <source>ISO 3166 country code whose public holidays are closed days, e.g. ES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="91"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="442"/>
        <source>Subdivision for regional holidays, e.g. MD for Madrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="444"/>
        <source>Extra closure days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="446"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="448"/>
        <source>Short name, e.g. P1 or Urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="450"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="452"/>
        <source>Which requests get this priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="454"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="456"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="478"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="480"/>
        <source>Targets per priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="482"/>
        <source>Different targets for each priority; when set they replace the main target for tickets of that priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="487"/>
        <source>Share that must meet the target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="489"/>
        <source>For targets that each ticket or lead must meet: the share of them in the window that must meet it, e.g. 95 %. Empty means every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="494"/>
        <source>The volume is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="496"/>
        <source>For a volume target (a count or an amount): a capacity is a ceiling the provider absorbs (&apos;up to 500 tickets a month&apos;), so fewer is never a breach and more is not one either; a commitment is a floor (&apos;$100,000 of opportunities a month&apos;), so less is a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="501"/>
        <source>Capacity</source>
        <comment>VolumeKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="503"/>
        <source>Commitment</source>
        <comment>VolumeKind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="505"/>
        <source>Targets suspended above the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="507"/>
        <source>For a ticket capacity: IDs of the objectives whose targets do not apply to the tickets beyond the capacity in a period (the latest created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="512"/>
        <source>For priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="514"/>
        <source>The priorities whose targets are suspended above the capacity; empty means all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="518"/>
        <source>Measured over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="520"/>
        <source>Business calendar the clock runs on; empty means 24×7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="522"/>
        <source>Clock rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="524"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="526"/>
        <source>Where the measurements come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="528"/>
        <source>Measurement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="530"/>
        <source>How the value is computed from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="532"/>
        <source>Downtime definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="534"/>
        <source>For availability: what counts as a minute of downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="536"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="546"/>
        <source>Responsible party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="548"/>
        <source>ID of the party that must meet it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="550"/>
        <source>Internal target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="552"/>
        <source>A stricter target the provider aims for internally; not contractual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="556"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="558"/>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="560"/>
        <source>e.g. &apos;Sundays 02:00–06:00 CET&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="562"/>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="564"/>
        <source>How long before maintenance it is announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="566"/>
        <source>Most per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="568"/>
        <source>Upper limit of scheduled maintenance a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="570"/>
        <source>Not counted as downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="572"/>
        <source>Announced maintenance inside the window does not count as downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="576"/>
        <source>Exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="594"/>
        <source>Credit tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="596"/>
        <source>ID of the objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="598"/>
        <source>Attainment below (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="600"/>
        <source>The tier applies when attainment is below this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="602"/>
        <source>Attainment at least (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="604"/>
        <source>…and at least this (0 for the last tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="606"/>
        <source>Credit (% of monthly fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="608"/>
        <source>Share of the monthly fee for the affected service credited to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="612"/>
        <source>Claim deadline (days after the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="614"/>
        <source>Days after the end of the measurement period within which a claim is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="618"/>
        <source>A claim must include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="620"/>
        <source>How credits are paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="622"/>
        <source>Against future invoices (usual) or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="628"/>
        <source>Credit applied within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="630"/>
        <source>Days after a claim is accepted within which the credit is applied to an invoice or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="635"/>
        <source>Unused credits lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="637"/>
        <source>When credits not yet used lapse: when this agreement ends, when the order form they were earned under ends, or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="642"/>
        <source>Agreement end</source>
        <comment>CreditExpiry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="644"/>
        <source>Order form end</source>
        <comment>CreditExpiry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="646"/>
        <source>Never</source>
        <comment>CreditExpiry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="648"/>
        <source>Escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="650"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="652"/>
        <source>e.g. &apos;Service manager&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="654"/>
        <source>Escalate after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="656"/>
        <source>Time without resolution before this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="658"/>
        <source>Escalate at (% of the time allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="660"/>
        <source>Instead of a fixed time: escalate when this share of the objective&apos;s target time has passed, e.g. 50 or 100. Use either this or &apos;Escalate after&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="665"/>
        <source>For objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="667"/>
        <source>IDs of the objectives this level covers; empty means all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="669"/>
        <source>Missed periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="671"/>
        <source>Out of consecutive periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="673"/>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="675"/>
        <source>What the customer may then do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="677"/>
        <source>Report every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="679"/>
        <source>Report contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="681"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="683"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="685"/>
        <source>Review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="687"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="689"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="691"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="157"/>
        <source>Defined term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="93"/>
        <source>Two-letter country code (GB, US, ES, MX…) whose conventions the contract follows for dates, numbers and money, in its language. Empty: the country of the time zone, or else of the currency, when the language is spoken there officially; otherwise the language&apos;s usual conventions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="159"/>
        <source>What the contract calls this party, with its article, when it differs from its side&apos;s term: e.g. &apos;the Hiring Team&apos; beside &apos;the New Hire&apos;. Empty: the term for its side (Agreement › Defined terms for the parties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="693"/>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="695"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="697"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="721"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="723"/>
        <source>ID of the party the person signs for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="725"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="727"/>
        <source>e.g. Legal review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="729"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="731"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="733"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="735"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="737"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="739"/>
        <source>Summary of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="741"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="743"/>
        <source>Fingerprint of that revision&apos;s agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="745"/>
        <source>Sign off record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="747"/>
        <source>ID of the signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="749"/>
        <source>ID of the party the person signed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="751"/>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="753"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="755"/>
        <source>Signed in ink, signed digitally, or an approval recorded on their behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="765"/>
        <source>Lifecycle event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="767"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="769"/>
        <source>Date and time of the event (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="771"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="773"/>
        <source>Who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="775"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="785"/>
        <source>Status after the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="787"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="789"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="791"/>
        <source>SHA-256 of the agreement (without the audit log) after the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="793"/>
        <source>Previous entry hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="795"/>
        <source>SHA-256 of the entry before this one; empty for the first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="797"/>
        <source>Working period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="799"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="815"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="817"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="819"/>
        <source>Comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="829"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="831"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="853"/>
        <source>Best effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="855"/>
        <source>No target applies to this priority: requests of it are handled with reasonable efforts and are not measured. Leave the target empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="860"/>
        <source>The target for this priority; empty for best effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="874"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="896"/>
        <source>Agreement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="898"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="900"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="904"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="906"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="918"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="920"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="922"/>
        <source>use lowercase letters, digits and hyphens (e.g. p1-first-response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="926"/>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="928"/>
        <source>String should have at most {max_length} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="930"/>
        <source>String should have at most {max_length} character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="932"/>
        <source>String should have at least {min_length} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="934"/>
        <source>String should have at least {min_length} character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="936"/>
        <source>List should have at most {max_length} items after validation, not {actual_length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="940"/>
        <source>List should have at most {max_length} item after validation, not {actual_length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="944"/>
        <source>List should have at least {min_length} items after validation, not {actual_length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="949"/>
        <source>List should have at least {min_length} item after validation, not {actual_length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="953"/>
        <source>Field required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="955"/>
        <source>Input should be a valid string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="957"/>
        <source>Input should be a valid string, unable to parse raw data as a unicode string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="961"/>
        <source>Input should be a valid integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="963"/>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="967"/>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="971"/>
        <source>Input should be a valid decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="973"/>
        <source>Decimal input should be an integer, float, string or Decimal object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="977"/>
        <source>Input should be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="979"/>
        <source>Decimal input should have no more than {max_digits} digits in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="983"/>
        <source>Decimal input should have no more than {max_digits} digit in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="987"/>
        <source>Decimal input should have no more than {decimal_places} decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="991"/>
        <source>Decimal input should have no more than {decimal_places} decimal place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="995"/>
        <source>Decimal input should have no more than {whole_digits} digits before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1000"/>
        <source>Decimal input should have no more than {whole_digits} digit before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1005"/>
        <source>Input should be greater than {gt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1007"/>
        <source>Input should be greater than or equal to {ge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1009"/>
        <source>Input should be less than {lt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1011"/>
        <source>Input should be less than or equal to {le}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1013"/>
        <source>Input should be a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1015"/>
        <source>Input should be a valid date in the format YYYY-MM-DD, {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1017"/>
        <source>Input should be a valid date or datetime, {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1019"/>
        <source>Datetimes provided to dates should have zero time - e.g. be exact dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1023"/>
        <source>Input should be a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1025"/>
        <source>Input should be in a valid time format, {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1027"/>
        <source>Input should be {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1029"/>
        <source>Input should be {choices} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1031"/>
        <source>Input should be a valid boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1033"/>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1035"/>
        <source>Extra inputs are not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1037"/>
        <source>Input should be a valid list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1039"/>
        <source>Input should be a valid dictionary or instance of {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1041"/>
        <source>no public holidays are known for country &apos;{country}&apos;; check the country and region codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1046"/>
        <source>no public holidays are known for country &apos;{country}&apos;, region &apos;{region}&apos;; check the country and region codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1051"/>
        <source>the calendar &apos;{calendar}&apos; has no working time in the {years} years after this moment; give it working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1056"/>
        <source>the calendar &apos;{calendar}&apos; has no working days; give it hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1058"/>
        <source>there is no business calendar with ID &apos;{calendar}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1060"/>
        <source>objective &apos;{objective}&apos;: {value} business days must be whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1330"/>
        <source>the agreement is signed and cannot be changed; start a new revision to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1334"/>
        <source>the agreement is superseded and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1336"/>
        <source>the time of a lifecycle event must carry a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1338"/>
        <source>say who makes the change (a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1340"/>
        <source>the agreement is already {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1342"/>
        <source>an agreement that is {current} cannot become {status}; allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1346"/>
        <source>an agreement that is {current} cannot become {status}; allowed: {allowed} (start a new revision to change a signed agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1351"/>
        <source>an agreement that is {current} cannot become {status}; allowed: none (start a new revision to change a signed agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1356"/>
        <source>nobody is named to sign; add the signatories first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1358"/>
        <source>record the sign-off of every signatory before marking the agreement signed; missing: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1363"/>
        <source>an approval needs what was approved (e.g. Legal review) and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1367"/>
        <source>an approval cannot be dated {date}, after the day it is recorded ({today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1371"/>
        <source>a sign-off cannot be dated {date}, after the day it is recorded ({today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1375"/>
        <source>sign-offs are recorded on an approved agreement; approve it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1377"/>
        <source>the agreement is already signed; start a new revision to sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1381"/>
        <source>no signatory &apos;{key}&apos;; the signatories are: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1383"/>
        <source>no signatory &apos;{key}&apos;; the signatories are: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1385"/>
        <source>a draft is edited as it is; a new revision starts from an agreement in review, approved or signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1390"/>
        <source>a superseded agreement cannot be revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1392"/>
        <source>the agreement is signed but has no audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1394"/>
        <source>the first entry points at an earlier one: entries were removed from the start of the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1399"/>
        <source>entry {entry} does not follow from entry {previous}: the audit log was edited (an entry changed, removed or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1404"/>
        <source>the status is {status} but the audit log&apos;s last entry says {logged}: the status was changed outside slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1419"/>
        <source>the version is {version} but the audit log&apos;s last entry says {logged}: the version was changed outside slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1424"/>
        <source>the agreement was changed after it became {status} ({at} UTC by {by}); signed text must not change — start a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1429"/>
        <source>the agreement changed after its last recorded event ({date} by {by}); the approval applies to the earlier text — send it for review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1116"/>
        <source>the agreement has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="699"/>
        <source>Placed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="701"/>
        <source>The section of the contract the clause goes in: scope, limitations, breach consequences, or the additional clauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="706"/>
        <source>Scope</source>
        <comment>ClausePlacement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="708"/>
        <source>Limitations</source>
        <comment>ClausePlacement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="710"/>
        <source>Consequences</source>
        <comment>ClausePlacement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="712"/>
        <source>Additional</source>
        <comment>ClausePlacement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="714"/>
        <source>Uses placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="716"/>
        <source>The heading and text name agreement values in braces, e.g. {provider}, {effective_date} or {target:uptime}; the contract shows the values. {{ and }} are a brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="902"/>
        <source>From the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="908"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="910"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="912"/>
        <source>Library entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="914"/>
        <source>Entry version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="916"/>
        <source>Item version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1062"/>
        <source>the clause &apos;{clause}&apos; uses the unknown placeholder {placeholder}; known: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1066"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the agreement has no objective &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1071"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder} without an objective&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1075"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, which takes no ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1077"/>
        <source>the clause &apos;{clause}&apos; has a lone &apos;{brace}&apos;; write {{{{ or }}}} for a brace in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1082"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, which the agreement does not give yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1086"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, the monthly credit cap, but this agreement caps credits over a longer period only ({cap} of its fees); write that cap in the clause or set a monthly cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1091"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}; only {{target:ID:PRIORITY}} takes a priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1096"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the objective &apos;{value}&apos; has a target per priority ({priorities}); write {{target:{value}:PRIORITY}} for one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1101"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the objective &apos;{value}&apos; has one target for every priority; write {{target:{value}}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1106"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the objective &apos;{value}&apos; has no target for the priority &apos;{priority}&apos;; it has: {priorities}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1111"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the priority &apos;{priority}&apos; of the objective &apos;{value}&apos; is best effort: no target applies to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1118"/>
        <source>a credit cap of 0 % means no Service Credit is ever paid, whatever the tiers say; remove the cap or give the most that can be credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1123"/>
        <source>&apos;{party}&apos; and &apos;{other}&apos; are both called “{term}” in the contract, so its clauses cannot tell them apart; give each party its own defined term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1128"/>
        <source>no document ID: every page of the contract carries one, so readers can cite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1132"/>
        <source>no effective date: from when does it apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1134"/>
        <source>no term and no renewal: the agreement runs until a party ends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1136"/>
        <source>it renews automatically but says nothing about notice to stop the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1140"/>
        <source>it renews, but the initial term has no length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1142"/>
        <source>the party has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1144"/>
        <source>no signatory for {party}: add one in Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1146"/>
        <source>no contact person for {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1148"/>
        <source>no address for {party}: a contract names where each party can be served notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1152"/>
        <source>every party is a {role}: who provides the service to whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1154"/>
        <source>no service in scope: what does the agreement cover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1156"/>
        <source>the service {service} has no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1158"/>
        <source>nothing is listed as out of scope; naming what is excluded prevents disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1162"/>
        <source>no support channel: how are requests made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1164"/>
        <source>no responsibilities for either party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1166"/>
        <source>the responsibility has no owner: whose duty is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1168"/>
        <source>the responsibility is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1170"/>
        <source>{party} has no responsibilities; most SLAs bind both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1172"/>
        <source>credits are offered but no customer obligation is a condition for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1176"/>
        <source>response and resolution times are promised, but nothing says what a request must contain to start the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1181"/>
        <source>no service level objective: an SLA needs at least one measurable target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1185"/>
        <source>the objective has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1187"/>
        <source>&apos;{objective}&apos; does not say how it is measured; without it, attainment can be disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1192"/>
        <source>&apos;{objective}&apos; has no data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1194"/>
        <source>&apos;{objective}&apos; measures availability but does not define downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1196"/>
        <source>&apos;{objective}&apos; does not say which party must meet it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1198"/>
        <source>&apos;{objective}&apos; counts business hours or days but names no business calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1202"/>
        <source>&apos;{objective}&apos; is a time objective: say when the clock starts and stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1206"/>
        <source>the internal target of &apos;{objective}&apos; is not stricter than the contractual one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1210"/>
        <source>&apos;{objective}&apos; has no target for {priorities}; the main target applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1214"/>
        <source>an availability SLA with no exclusions: force majeure, customer-caused outages and scheduled maintenance would all count against the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1219"/>
        <source>no scheduled maintenance window: any maintenance will count as downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1223"/>
        <source>maintenance has no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1225"/>
        <source>scheduled maintenance has no notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1227"/>
        <source>the exclusion is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1229"/>
        <source>service credits have no cap: total credits could exceed the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1231"/>
        <source>service credits are offered but there is no deadline to claim them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1235"/>
        <source>nothing says what a credit claim must include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1237"/>
        <source>credits are not stated to be the sole remedy for missed objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1241"/>
        <source>money credits between departments of one company rarely change behaviour; consider escalation or a review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1246"/>
        <source>the escalation level names nobody to escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1248"/>
        <source>the escalation level does not say when to escalate: set a time or a share of the time allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1253"/>
        <source>&apos;{objective}&apos; is a capacity but suspends no target: tickets above it are still measured against every target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1258"/>
        <source>nothing says how soon an accepted credit is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1260"/>
        <source>nothing happens when an objective is missed: add credits, escalation, a remediation plan or another consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1265"/>
        <source>chronic failure is defined but its remedy (e.g. termination) is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1269"/>
        <source>&apos;{term}&apos; is defined with no meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1271"/>
        <source>&apos;{term}&apos; is defined but never used in the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1273"/>
        <source>&apos;{term}&apos; is used as a defined term but has no definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1275"/>
        <source>nothing says how the agreement is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1277"/>
        <source>the reports&apos; contents are not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1279"/>
        <source>the clause is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1281"/>
        <source>the signatory has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1283"/>
        <source>the signatory has no job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1285"/>
        <source>nobody is named to sign the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1287"/>
        <source>the clause writes {placeholder}, but “Uses placeholders” is off, so the contract prints the braces as they are written; switch it on for the agreement&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1292"/>
        <source>the text holds invisible direction controls ({controls}), which make the contract show it in another order than it is written; remove them unless a right-to-left name needs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1297"/>
        <source>uses an older version of the library entry {entry} of the library &apos;{library}&apos;; the library now says: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1302"/>
        <source>came from the library entry {entry} of the library &apos;{library}&apos;, which none of the libraries in use holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1307"/>
        <source>the library clause {entry} of the library &apos;{library}&apos; has no {language} text; the contract shows it in {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1312"/>
        <source>the clause is in {other}, as the library clause {entry} of the library &apos;{library}&apos; was inserted, but the agreement is in {language}; update it from the library to put in its {language} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1317"/>
        <source>{field}: {ours} → {library}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1319"/>
        <source>{ours} → {library}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1321"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1323"/>
        <source>the same as this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1325"/>
        <source>the credit tier {tier} is for the objective &apos;{objective}&apos;, not for this entry&apos;s objective &apos;{item}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1409"/>
        <source>the text changed after {approvals} approved it: that approval is of the earlier text, and this one is of the text as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1414"/>
        <source>{problem}; nothing is added to an audit log that is not what slawriter wrote — restore the file from a copy or from git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1434"/>
        <source>an agreement needs at least two parties; it has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1436"/>
        <source>party ID &apos;{value}&apos; is used twice; each party ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1438"/>
        <source>service ID &apos;{value}&apos; is used twice; each service ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1442"/>
        <source>responsibility ID &apos;{value}&apos; is used twice; each responsibility ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1446"/>
        <source>calendar ID &apos;{value}&apos; is used twice; each calendar ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1450"/>
        <source>priority ID &apos;{value}&apos; is used twice; each priority ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1454"/>
        <source>objective ID &apos;{value}&apos; is used twice; each objective ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1458"/>
        <source>exclusion ID &apos;{value}&apos; is used twice; each exclusion ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1462"/>
        <source>credit tier ID &apos;{value}&apos; is used twice; each credit tier ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1466"/>
        <source>escalation level ID &apos;{value}&apos; is used twice; each escalation level ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1475"/>
        <source>clause ID &apos;{value}&apos; is used twice; each clause ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1477"/>
        <source>signatory ID &apos;{value}&apos; is used twice; each signatory ID must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1481"/>
        <source>priority &apos;{value}&apos; is used twice; each priority must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1483"/>
        <source>refers to calendar &apos;{value}&apos;, which does not exist ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1485"/>
        <source>refers to calendar &apos;{value}&apos;, which does not exist (none defined yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1489"/>
        <source>refers to party &apos;{value}&apos;, which does not exist ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1491"/>
        <source>refers to party &apos;{value}&apos;, which does not exist (none defined yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1495"/>
        <source>refers to priority &apos;{value}&apos;, which does not exist ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1497"/>
        <source>refers to priority &apos;{value}&apos;, which does not exist (none defined yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1501"/>
        <source>refers to objective &apos;{value}&apos;, which does not exist ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1503"/>
        <source>refers to objective &apos;{value}&apos;, which does not exist (none defined yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1507"/>
        <source>no public holidays are known for the country code &apos;{country}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1509"/>
        <source>&apos;{region}&apos; is not a region of {country} with known holidays ({regions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1513"/>
        <source>a holiday region is set without its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1515"/>
        <source>a contract in {language} has no conventions for region &apos;{region}&apos; ({regions}); choose one of those, or leave it empty to follow the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1520"/>
        <source>working hours end at {end}, not after they start at {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1522"/>
        <source>working hours on {weekday} overlap another period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1524"/>
        <source>a {metric} target is measured in {units}, not {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1526"/>
        <source>an availability target must be above 0 % and below 100 %, not {value} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1530"/>
        <source>an availability target is a minimum: use &apos;at least&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1532"/>
        <source>a percentage must be between 0 and 100, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1534"/>
        <source>a time target must be longer than zero, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1536"/>
        <source>a time target is a maximum: use &apos;at most&apos; or &apos;less than&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1538"/>
        <source>a {unit} target cannot be negative ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1540"/>
        <source>a count must be a whole number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1542"/>
        <source>a Net Promoter Score lies between -100 and 100, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1544"/>
        <source>the internal target must use the same unit as the target ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1546"/>
        <source>a rolling window needs its length in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1548"/>
        <source>days are only for a rolling window, not a {window} window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1550"/>
        <source>the band is empty: &apos;at least&apos; ({at_least} %) must be below &apos;below&apos; ({below} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1554"/>
        <source>the tier starts at {below} %, above the objective&apos;s target of {target} %: it would credit a month that met the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1559"/>
        <source>tiers must be listed from the highest attainment down: {below} % comes after {previous} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1564"/>
        <source>the band {at_least}–{below} % overlaps the band {other_at_least}–{other_below} % above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1569"/>
        <source>a lower band must not earn a smaller credit: {credit} % here after {previous} % for the band above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1574"/>
        <source>{missed} missed periods cannot happen within {out_of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1576"/>
        <source>a best-effort priority has no target: clear the target or turn off best effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1580"/>
        <source>give this priority a target, or mark it best effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1582"/>
        <source>only a count or an amount can be a capacity or a commitment, not a target in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1587"/>
        <source>say whether this volume is a capacity (a ceiling the provider absorbs) or a commitment (a floor that must be delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1592"/>
        <source>a capacity is a ceiling (&apos;up to {value}&apos;): use &apos;at most&apos; as the comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1596"/>
        <source>a commitment is a floor (&apos;at least {value}&apos;): use &apos;at least&apos; as the comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1600"/>
        <source>targets can be suspended above a capacity only: this objective is not a capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1604"/>
        <source>a capacity cannot suspend its own target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1606"/>
        <source>&apos;{value}&apos; has no ticket time target to suspend (first response, resolution, implementation or lead follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1611"/>
        <source>escalate either after a fixed time or at a share of the time allowed, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1615"/>
        <source>an escalation threshold must be above 0 % of the time allowed, not {value} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1619"/>
        <source>a threshold as a share of the time allowed needs an objective with a time target; {objectives} has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1624"/>
        <source>a threshold as a share of the time allowed needs objectives with a time target; this agreement has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1629"/>
        <source>targets per priority are for objectives measured request by request (response, resolution, implementation or follow-up time), not {metric}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1634"/>
        <source>a renewal period is set but the agreement does not renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1636"/>
        <source>&apos;{party}&apos; and &apos;{other}&apos; are on different sides but both called “{term}” in the contract; give each its own defined term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1641"/>
        <source>revision {version} is listed after revision {previous}; list revisions oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1646"/>
        <source>revision {version} is newer than the agreement&apos;s version {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1650"/>
        <source>must be written as a number, not as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1652"/>
        <source>must be written as a number, not as true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1654"/>
        <source>must be written as a number, not as a binary float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1656"/>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1658"/>
        <source>&apos;{value}&apos; is not a known IANA time zone; use a name such as &apos;Europe/Madrid&apos; or &apos;UTC&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1663"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1665"/>
        <source>&apos;{value}&apos; is not a two-letter ISO 3166 region code such as GB, US, ES or MX; leave it empty to follow the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1670"/>
        <source>&apos;{value}&apos; is a currency sign; write its ISO 4217 code, {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1672"/>
        <source>write the currency code in capitals: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1674"/>
        <source>must be written as a number with a point for decimals, {number}, not as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1678"/>
        <source>{value} is not a colour: write it as # and six hexadecimal digits, e.g. #1f4e79</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1682"/>
        <source>{path}: the logo is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1684"/>
        <source>{path}: the logo is larger than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1686"/>
        <source>{path}: the logo cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1688"/>
        <source>{name} is {size} MB; a logo can be at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1690"/>
        <source>{name}: SVG logos with a DOCTYPE or entities are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1692"/>
        <source>{name} is neither a PNG image nor an SVG drawing ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1694"/>
        <source>{name} is XML but not an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1696"/>
        <source>{name} refers to {target}; a logo must be self-contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1698"/>
        <source>{name} loads resources from its style sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1700"/>
        <source>the logo must be given as bytes, through Branding.create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1702"/>
        <source>only Word documents exported by slawriter carry their agreement; open the .sla.json file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1707"/>
        <source>is a folder, not a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1711"/>
        <source>is not a Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1713"/>
        <source>has no slawriter agreement inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1715"/>
        <source>its slawriter agreement part is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1717"/>
        <source>there is no style &apos;{style}&apos;; choose one of: {styles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1719"/>
        <source>{folder}: the template folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1721"/>
        <source>{folder}: not a contract template folder — it has no {main}; start from a copy of slawriter&apos;s templates/ folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1726"/>
        <source>the template has no {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1728"/>
        <source>{file}: a style sheet may not contain &apos;&lt;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1730"/>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1732"/>
        <source>{name} (line {line}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1734"/>
        <source>only PDFs exported by slawriter carry their agreement; open the .sla.json file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1709"/>
        <source>is too large to be a contract exported by slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1743"/>
        <source>cannot be read as a PDF ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1745"/>
        <source>has no {name} attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1747"/>
        <source>its {name} is too large to be an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1749"/>
        <source>its {name} is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1751"/>
        <source>save it as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1761"/>
        <source>rename one, or change the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1763"/>
        <source>check the column mapping for &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1765"/>
        <source>add it, or map your column name to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1767"/>
        <source>write ISO 8601 with the UTC offset, e.g. 2026-03-02T09:15:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1771"/>
        <source>write start/end in ISO 8601 with the UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1773"/>
        <source>write start/end in ISO 8601, several separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1775"/>
        <source>merge them into one interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1777"/>
        <source>write YYYY-MM for a month, YYYY-Qn for a quarter or YYYY for a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1781"/>
        <source>write a plain number such as 104500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1783"/>
        <source>keep one row per objective and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1785"/>
        <source>use one of its objective IDs: {objectives}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1787"/>
        <source>use one of its objective IDs: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1789"/>
        <source>remove the row and give the tickets file (--tickets), which is measured per priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1794"/>
        <source>use one of {priorities}, or map your priority column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1796"/>
        <source>write yes/no, or one of: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1798"/>
        <source>write yes/no, or one of: (none listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1800"/>
        <source>&apos;{period}&apos; is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1802"/>
        <source>&apos;{period}&apos; is outside the years 1900 to 2200 an agreement can cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1806"/>
        <source>&apos;{item}&apos; is not NAME=COLUMN, e.g. created_at=Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1808"/>
        <source>&apos;{name}&apos; is not a column slawriter reads; it reads {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1810"/>
        <source>the tickets file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1812"/>
        <source>the incidents file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1814"/>
        <source>the metrics file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1816"/>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1818"/>
        <source>is not a regular file (a pipe or a device?); give a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1822"/>
        <source>is a folder, not an incidents CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1828"/>
        <source>is too large for an incidents file ({size} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1824"/>
        <source>is a folder, not a metrics CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1471"/>
        <source>defined term &apos;{value}&apos; is defined twice; each defined term must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1826"/>
        <source>is too large for a tickets file ({size} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1830"/>
        <source>is too large for a metrics file ({size} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1832"/>
        <source>is not a readable CSV file ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1847"/>
        <source>two columns of the tickets file would both be read as &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1849"/>
        <source>two columns of the incidents file would both be read as &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1853"/>
        <source>two columns of the metrics file would both be read as &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1855"/>
        <source>the tickets file has no &apos;{column}&apos; column (its columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1859"/>
        <source>the incidents file has no &apos;{column}&apos; column (its columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1863"/>
        <source>the metrics file has no &apos;{column}&apos; column (its columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1867"/>
        <source>the tickets file has no &apos;{column}&apos; column (its columns: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1869"/>
        <source>the incidents file has no &apos;{column}&apos; column (its columns: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1871"/>
        <source>the metrics file has no &apos;{column}&apos; column (its columns: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1873"/>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1875"/>
        <source>&apos;{value}&apos; in a pause interval is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1877"/>
        <source>the ticket ends before it starts (&apos;{end}&apos; is earlier than &apos;{start}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1881"/>
        <source>the ticket&apos;s response time ends before it starts (&apos;{end}&apos; is earlier than &apos;{start}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1892"/>
        <source>the incident ends before it starts (&apos;{end}&apos; is earlier than &apos;{start}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1896"/>
        <source>the ticket has no creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1898"/>
        <source>the ticket has no ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1900"/>
        <source>ticket &apos;{ticket}&apos; is listed twice (first on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1904"/>
        <source>&apos;{value}&apos; is not a pause interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1906"/>
        <source>two pause intervals of the ticket overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1908"/>
        <source>the incident has no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1910"/>
        <source>&apos;{value}&apos; is not a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1912"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1914"/>
        <source>a second value for objective &apos;{objective}&apos; in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1916"/>
        <source>the agreement has no objective &apos;{objective}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1918"/>
        <source>objective &apos;{objective}&apos; is measured per {window}, so its period is written {form}, not &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1923"/>
        <source>{value} is not a Net Promoter Score for objective &apos;{objective}&apos;: it lies between -100 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1928"/>
        <source>{value} is not a percentage for objective &apos;{objective}&apos;: it lies between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1933"/>
        <source>{value} is not a count for objective &apos;{objective}&apos;: a count is a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1938"/>
        <source>{value} cannot be a value of objective &apos;{objective}&apos;: it cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1942"/>
        <source>objective &apos;{objective}&apos; has a target for each priority, so one value cannot say whether it was met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1947"/>
        <source>&apos;{value}&apos; is not a priority of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1949"/>
        <source>the ticket has no priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1951"/>
        <source>&apos;{value}&apos; is not an exclusion of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1953"/>
        <source>line {line}, column &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2044"/>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2046"/>
        <source>{path}: given for both {first} and {second}; choose two files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2048"/>
        <source>{path}: is inside the template folder {folder}; write it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2052"/>
        <source>{path}: is an input of this command; choose another output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2054"/>
        <source>{path}: already exists; choose another name or add --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1739"/>
        <source>is a folder, not a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1741"/>
        <source>is not a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1753"/>
        <source>export it again as Parquet, or save it as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1755"/>
        <source>store it as timestamps, or as text such as 2026-03-02T09:15:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1759"/>
        <source>store it as a text (string) column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1820"/>
        <source>is a folder, not a tickets file (CSV or Parquet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1834"/>
        <source>is named as a Parquet file but is not one (it does not begin with PAR1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1838"/>
        <source>is not a readable Parquet file ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1840"/>
        <source>column &apos;{column}&apos; holds {type} values, not timestamps or ISO 8601 date and time text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1845"/>
        <source>column &apos;{column}&apos; holds {type} values, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1902"/>
        <source>ticket &apos;{ticket}&apos; is listed twice (first in row {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1955"/>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1957"/>
        <source>row {row}, column &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1959"/>
        <source>the agreement has no file yet; save it in a git repository to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1963"/>
        <source>{path}: the history of a file comes from git, and git is not installed here (or not on the PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1968"/>
        <source>{path}: is not in a git repository, so git has no history of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1970"/>
        <source>{path}: git has no commit of this file yet; its history starts with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1974"/>
        <source>{path}: git could not read the history: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1976"/>
        <source>{path}: git took longer than {seconds} seconds and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1978"/>
        <source>{path}: &apos;{commit}&apos; is not one of the commits of this file&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1982"/>
        <source>{path}: &apos;{commit}&apos; names more than one commit of this file&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1986"/>
        <source>{path}: git could not give the file as it was at {commit}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1990"/>
        <source>&apos;{reference}&apos; does not name a library entry: write KIND/ID, e.g. parties/acme-gmbh (kinds: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1995"/>
        <source>&apos;{reference}&apos;: no library in use holds this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2002"/>
        <source>&apos;{reference}&apos; is in more than one library in use ({libraries}); write LIBRARY:{reference} for the one meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2007"/>
        <source>&apos;{reference}&apos; cannot be saved as a library entry: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2009"/>
        <source>&apos;{reference}&apos;: --description is {length} characters long; an entry&apos;s description holds at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2014"/>
        <source>is called &apos;{name}&apos; too, like the library in {other}; it is left out — give one of the folders another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2019"/>
        <source>&apos;{reference}&apos;: the agreement has no {kind} with the ID &apos;{item}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2021"/>
        <source>&apos;{reference}&apos;: a contact goes into a party; write {reference}@PARTY-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2025"/>
        <source>&apos;{reference}&apos;: the agreement has no party with the ID &apos;{party}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2032"/>
        <source>name the items to update as KIND/ITEM-ID (as &apos;library add&apos; names them), or give --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2037"/>
        <source>&apos;{reference}&apos;: this item did not come from a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2039"/>
        <source>&apos;{reference}&apos;: its entry {entry} of the library &apos;{library}&apos; is in none of the libraries in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2056"/>
        <source>{path}: the redline is written as .pdf, .html or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2058"/>
        <source>{path}: --format {format} writes a .{format} file; name it so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2060"/>
        <source>--format: &apos;{format}&apos; is not a contract format (pdf or docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2062"/>
        <source>--format: &apos;{format}&apos; is not a redline format (pdf, html or docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2064"/>
        <source>{path}: given as both OLD and NEW; a redline compares two versions of an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2069"/>
        <source>{path}: is another agreement ({new_id}) than {old} ({old_id}); a redline compares two versions of one agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2074"/>
        <source>give the month to check with --period YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2076"/>
        <source>give -o REPORT.pdf, --json REPORT.json or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2078"/>
        <source>--map: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2080"/>
        <source>unknown operation &apos;{kind}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2082"/>
        <source>the agreement has no effective date, so there are no dates to remind of — set the effective date first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2087"/>
        <source>no font for the signature stamp: install URW Nimbus Sans (Debian: fonts-urw-base35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2092"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2094"/>
        <source>{path}: not a PKCS#12 key file, or the passphrase is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2096"/>
        <source>the contract has no signature block for &apos;{signatory}&apos;; export it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2100"/>
        <source>the signature block of &apos;{signatory}&apos; is on no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2102"/>
        <source>the contract is {status}, not signed off: record each signatory&apos;s sign-off, mark the agreement signed and export the PDF again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2109"/>
        <source>{problem} (give --signatory ID-or-NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2111"/>
        <source>the key file&apos;s certificate is issued to &apos;{name}&apos;, not to the signatory &apos;{signatory}&apos;; sign with {signatory}&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2116"/>
        <source>{signatory} has already signed this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2118"/>
        <source>save it as UTF-8 and open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2120"/>
        <source>save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2122"/>
        <source>save it as UTF-8; is it an agreement file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2124"/>
        <source>an agreement file holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2126"/>
        <source>the file may be truncated or not an agreement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2128"/>
        <source>keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2130"/>
        <source>update slawriter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2132"/>
        <source>this file cannot be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2134"/>
        <source>the file is unchanged; report this with the file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2136"/>
        <source>is a folder, not an agreement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2138"/>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2140"/>
        <source>is larger than {limit} MB ({size} bytes), too large for an agreement file — is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2145"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2147"/>
        <source>cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2149"/>
        <source>grew past the size limit while being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2151"/>
        <source>is {encoding} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2153"/>
        <source>is UTF-16 text without a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2155"/>
        <source>is not UTF-8 text (byte {byte}, line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2157"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2159"/>
        <source>ends before the JSON is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2161"/>
        <source>is not valid JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2163"/>
        <source>{number} has too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2165"/>
        <source>{number} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2167"/>
        <source>{number} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2169"/>
        <source>{number} is not a number JSON allows; write a plain number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2171"/>
        <source>the key &quot;{key}&quot; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2173"/>
        <source>is nested too deeply to be an agreement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2175"/>
        <source>holds a list, not an agreement (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2177"/>
        <source>holds a string, not an agreement (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2179"/>
        <source>holds true or false, not an agreement (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2181"/>
        <source>holds a number, not an agreement (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2183"/>
        <source>holds null, not an agreement (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2185"/>
        <source>holds a value, not an agreement (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2187"/>
        <source>is missing; is this a slawriter agreement file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2189"/>
        <source>must be a whole number from 1, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2191"/>
        <source>was written by a newer slawriter (schema version {version}; this version reads up to {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2196"/>
        <source>could not be upgraded from schema version {version} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2198"/>
        <source>“{key}” is not a field slawriter knows; check its spelling or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2202"/>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2204"/>
        <source>{value} is not a valid ID: use lowercase letters, digits and single hyphens, at most 63 characters (e.g. &apos;p1-first-response&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2107"/>
        <source>{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1886"/>
        <source>a pause interval ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1888"/>
        <source>a pause interval starts before the ticket was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1890"/>
        <source>a pause interval starts after the ticket was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1997"/>
        <source>&apos;{reference}&apos;: no library in use is called &apos;{library}&apos; (the libraries in use: {libraries})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2027"/>
        <source>is not a libraries preferences file slawriter can read: it lists the team libraries as {{&quot;team_libraries&quot;: [folders]}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2209"/>
        <source>{problem} (found {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2211"/>
        <source>{problem} (and {count} more problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2213"/>
        <source>{problem} (and 1 more problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2215"/>
        <source>is a folder; choose a file name ending in .sla.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2217"/>
        <source>could not be saved ({reason}); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2219"/>
        <source>is a folder; give a file name for the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2221"/>
        <source>could not be written ({reason}); any previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2223"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2225"/>
        <source>line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2227"/>
        <source>Expecting value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2229"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2231"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2233"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2235"/>
        <source>Extra data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2237"/>
        <source>Invalid control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2239"/>
        <source>Invalid \escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2241"/>
        <source>Invalid \uXXXX escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2243"/>
        <source>Illegal trailing comma before end of object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2245"/>
        <source>Illegal trailing comma before end of array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2247"/>
        <source>is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2249"/>
        <source>cannot be read ({reason}); the entries in it are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2251"/>
        <source>is not named as a library entry: use lowercase letters, digits and single hyphens, then .json (e.g. &apos;acme-gmbh.json&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2256"/>
        <source>holds an entry of the kind &apos;{kind}&apos; but is in the folder &apos;{folder}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2260"/>
        <source>holds {what}, not a library entry (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2262"/>
        <source>was written by a newer slawriter (library version {version}; this version reads up to {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2267"/>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2269"/>
        <source>holds more than {limit} entries; the rest are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2271"/>
        <source>is not a folder of library entries (those are: {kinds}); the files in it are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2276"/>
        <source>is a link to {target}, outside the library; it is left out (a library&apos;s entries are its own files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2281"/>
        <source>could not be removed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2283"/>
        <source>move it to the folder &apos;{kind}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2285"/>
        <source>add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2287"/>
        <source>see &apos;slawriter library list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2289"/>
        <source>the file may be truncated or not a library entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2291"/>
        <source>choose a side per conflict with &apos;slawriter resolve FILE --take ours|theirs&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2295"/>
        <source>has {count} unresolved merge conflicts; the first is {field}: ours {ours}, theirs {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2300"/>
        <source>has an unresolved merge conflict: {field}: ours {ours}, theirs {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2304"/>
        <source>lists its merge conflicts in a form slawriter does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2306"/>
        <source>has no merge conflict number {number} (it has {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2308"/>
        <source>is not an agreement or a library entry, so it cannot be merged field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2312"/>
        <source>still has unresolved merge conflicts of an earlier merge; resolve them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2316"/>
        <source>the merge was refused, so the file is kept unchanged (our version); merge the other side&apos;s changes by hand in slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2321"/>
        <source>has no merge conflicts; nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2323"/>
        <source>no migration from schema version {version} to {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="851"/>
        <source>Priority target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="862"/>
        <source>Measurement window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="864"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="876"/>
        <source>Length of a rolling window in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="878"/>
        <source>Clock starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="880"/>
        <source>Clock pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="882"/>
        <source>Clock stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="884"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <location filename="../../slawriter/app/signing_dialogs.py" line="60"/>
        <source>Could not sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
