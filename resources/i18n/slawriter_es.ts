<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="139" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="156" />
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="161" />
        <source>The contract preview will appear here once the PDF renderer is part of slawriter. Until then, the findings beside each section show what the contract still needs.</source>
        <translation>La vista previa del contrato aparecerá aquí cuando el generador de PDF forme parte de slawriter. Mientras tanto, las observaciones de cada sección indican lo que aún falta en el contrato.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="193" />
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="195" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="197" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="199" />
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="203" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="207" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="209" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="216" />
        <source>Show &amp;Preview</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="220" />
        <source>Previous Section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="222" />
        <source>Next Section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="224" />
        <source>&amp;About slawriter</source>
        <translation>&amp;Acerca de slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="229" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="232" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="240" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="243" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="248" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="250" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="306" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="310" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="372" />
        <source>has errors</source>
        <translation>tiene errores</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="373" />
        <source>has warnings</source>
        <translation>tiene avisos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="374" />
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="380" />
        <source>{0} errors, {1} warnings before this can be sent.</source>
        <translation>{0} errores y {1} avisos antes de poder enviarlo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="385" />
        <source>Ready to send: no errors or warnings.</source>
        <translation>Listo para enviar: sin errores ni avisos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="412" />
        <source>Could not open the preset</source>
        <translation>No se pudo abrir la plantilla</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="429" />
        <source>Could not open the agreement</source>
        <translation>No se pudo abrir el acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="437" />
        <source>Opened {0}</source>
        <translation>Abierto {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="471" />
        <source>Could not save the agreement</source>
        <translation>No se pudo guardar el acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="477" />
        <source>Saved {0}</source>
        <translation>Guardado {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="514" />
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="518" />
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="566" />
        <source>Could not restore the autosaved copy</source>
        <translation>No se pudo restaurar la copia de autoguardado</translation>
    </message>
</context>
<context>
    <name>NewDialog</name>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="28" />
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="32" />
        <source>Start from a preset, or from a blank agreement:</source>
        <translation>Empiece con una plantilla o con un acuerdo en blanco:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="36" />
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="37" />
        <source>Blank agreement</source>
        <translation>Acuerdo en blanco</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="55" />
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="66" />
        <source>An empty agreement: you fill in every section yourself.</source>
        <translation>Un acuerdo vacío: usted completa cada sección.</translation>
    </message>
</context>
</TS>