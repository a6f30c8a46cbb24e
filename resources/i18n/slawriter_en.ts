<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="149"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="154"/>
        <location filename="../../slawriter/app/main_window.py" line="474"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="195"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="214"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="216"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="218"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="220"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="224"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="225"/>
        <source>Write the contract as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="228"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="234"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="238"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="240"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="247"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="251"/>
        <source>Previous Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="253"/>
        <source>Next Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="255"/>
        <source>&amp;About slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="260"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="263"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="273"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="278"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="283"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="285"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="353"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="357"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="446"/>
        <source>Guided set-up finished: choose any section on the left to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="495"/>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="496"/>
        <source>has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="497"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="503"/>
        <source>{0} errors, {1} warnings before this can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="508"/>
        <source>Ready to send: no errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="535"/>
        <source>Could not open the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="557"/>
        <source>Could not open the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="565"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="599"/>
        <source>Could not save the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="605"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="619"/>
        <source>Exporting {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="651"/>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="656"/>
        <source>Could not export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="668"/>
        <source>The new language takes effect when you restart slawriter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="706"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="710"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="758"/>
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
        <location filename="../../slawriter/app/preferences_dialog.py" line="27"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="32"/>
        <source>User interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="33"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="37"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="41"/>
        <source>A new language takes effect when you restart slawriter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="50"/>
        <source>The folder of the last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="51"/>
        <location filename="../../slawriter/app/preferences_dialog.py" line="72"/>
        <source>Default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="52"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="53"/>
        <source>Choose the default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="57"/>
        <source>Default &amp;export folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../slawriter/app/preview.py" line="54"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="57"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="62"/>
        <source>The preview is being updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="73"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="75"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="76"/>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="85"/>
        <source>Contract preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="93"/>
        <source>The contract appears here a moment after you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="173"/>
        <source>The preview could not be made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="214"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="137"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="154"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="170"/>
        <source>Nothing to fix: the agreement is ready to send. Save it and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="175"/>
        <source>{0} errors, {1} warnings and {2} notes. Follow a link to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardBar</name>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="73"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="75"/>
        <source>Back to the previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="76"/>
        <location filename="../../slawriter/app/wizard.py" line="101"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="78"/>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="79"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="82"/>
        <source>Finish the guided set-up and edit the sections freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="96"/>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="101"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="107"/>
        <source> (and {0} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="108"/>
        <source>To continue: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="109"/>
        <source>Complete this section first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkedExample</name>
    <message>
        <location filename="../../slawriter/app/extras.py" line="117"/>
        <source>On the calendar “{0}”, for example:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="23"/>
        <source>Agreements (*.sla.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="42"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="44"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="49"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="69"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="70"/>
        <source>“{0}” was changed by another program since you opened it.

Overwrite it with your version? The other changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="95"/>
        <source>Open agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="105"/>
        <source>Save agreement as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="131"/>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="133"/>
        <source>slawriter closed without saving your work last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="139"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="142"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="145"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="160"/>
        <source>About slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="161"/>
        <source>&lt;h3&gt;slawriter {0}&lt;/h3&gt;&lt;p&gt;Write service level agreements and export them as contracts, offline.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="173"/>
        <source>Export contract as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="175"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="192"/>
        <source>PDF exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="194"/>
        <source>The contract was saved as “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="198"/>
        <source>The renderer reported {0} warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="204"/>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
