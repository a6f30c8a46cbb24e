<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="139"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="156"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="161"/>
        <source>The contract preview will appear here once the PDF renderer is part of slawriter. Until then, the findings beside each section show what the contract still needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="193"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="195"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="197"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="199"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="203"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="207"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="209"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="216"/>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="220"/>
        <source>Previous Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="222"/>
        <source>Next Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="224"/>
        <source>&amp;About slawriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="229"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="232"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="240"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="243"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="250"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="306"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="310"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="372"/>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="373"/>
        <source>has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="374"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="380"/>
        <source>{0} errors, {1} warnings before this can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="385"/>
        <source>Ready to send: no errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="412"/>
        <source>Could not open the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="429"/>
        <source>Could not open the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="437"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="471"/>
        <source>Could not save the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="477"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="514"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="518"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="566"/>
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
</TS>
