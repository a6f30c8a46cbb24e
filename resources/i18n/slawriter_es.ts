<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClausePlaceholders</name>
    <message>
        <location filename="../../slawriter/app/extras.py" line="149"/>
        <source>Placeholders a clause may use:</source>
        <translation>Marcadores que puede usar una cláusula:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/extras.py" line="153"/>
        <source>In the contract: {0}</source>
        <translation>En el contrato: {0}</translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="43"/>
        <source>Tickets, CSV or Parquet (id, priority, created_at, first_response_at, resolved_at):</source>
        <translation>Tickets, CSV o Parquet (id, priority, created_at, first_response_at, resolved_at):</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="52"/>
        <source>Incidents CSV (start, end, optional excluded):</source>
        <translation>CSV de incidencias (start, end, excluded opcional):</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="57"/>
        <source>Metrics CSV (objective, period, value):</source>
        <translation>CSV de métricas (objective, period, value):</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="77"/>
        <location filename="../../slawriter/app/compliance_view.py" line="196"/>
        <location filename="../../slawriter/app/compliance_view.py" line="217"/>
        <location filename="../../slawriter/app/compliance_view.py" line="267"/>
        <location filename="../../slawriter/app/compliance_view.py" line="277"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="85"/>
        <source>Month to check</source>
        <translation>Mes que se comprueba</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="86"/>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="93"/>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="95"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="103"/>
        <source>Column names in your files</source>
        <translation>Nombres de columna en sus archivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="106"/>
        <source>When your export names a column differently, say which: the column slawriter reads, =, the name in your file.</source>
        <translation>Si su exportación llama de otro modo a una columna, indíquelo: la columna que lee slawriter, =, el nombre en su archivo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="110"/>
        <source>Column &amp;names:</source>
        <translation>&amp;Nombres de columna:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="113"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="129"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="129"/>
        <source>Attainment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="129"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="129"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="135"/>
        <source>Save &amp;JSON…</source>
        <translation>Guardar &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="137"/>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="150"/>
        <source>CSV or Parquet (*.csv *.parquet *.parq *.pq);;All files (*)</source>
        <translation>CSV o Parquet (*.csv *.parquet *.parq *.pq);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="152"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="153"/>
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="202"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="216"/>
        <source>The check could not run.</source>
        <translation>No se pudo realizar la comprobación.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="233"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="234"/>
        <source>breached</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="235"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="242"/>
        <source>%1: %2 met, %3 breached; credit owed %4 % of the monthly fee.</source>
        <translation>%1: %2 cumplidos, %3 incumplidos; crédito adeudado: %4 % de la cuota mensual.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="261"/>
        <source>Save JSON</source>
        <translation>Guardar JSON</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compliance_view.py" line="272"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
</context>
<context>
    <name>CreditSentence</name>
    <message>
        <location filename="../../slawriter/app/extras.py" line="65"/>
        <source>In the contract: {0}</source>
        <translation>En el contrato: {0}</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../slawriter/app/document.py" line="24"/>
        <location filename="../../slawriter/app/main_window.py" line="530"/>
        <source>Untitled agreement</source>
        <translation>Acuerdo sin título</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="57"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="39"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="299"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="319"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="321"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="323"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="325"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="329"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="332"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="333"/>
        <source>Write the contract as a PDF file</source>
        <translation>Guardar el contrato como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="335"/>
        <source>Export &amp;Word Document…</source>
        <translation>Exportar documento de &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="337"/>
        <source>Write the contract as a Word document (.docx) with the agreement inside</source>
        <translation>Guardar el contrato como documento de Word (.docx) con el acuerdo dentro</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="340"/>
        <source>Export &amp;Reminders (iCalendar)…</source>
        <translation>Exportar &amp;recordatorios (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="342"/>
        <source>Effective date, reviews, renewal and notice, claim deadlines as an .ics file</source>
        <translation>Entrada en vigor, revisiones, renovación y preaviso, plazos de reclamación en un archivo .ics</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="345"/>
        <source>Export &amp;OpenSLO…</source>
        <translation>Exportar &amp;OpenSLO…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="347"/>
        <source>The objectives as OpenSLO documents for monitoring tools</source>
        <translation>Los objetivos como documentos OpenSLO para herramientas de monitorización</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="350"/>
        <source>&amp;Compliance…</source>
        <translation>&amp;Cumplimiento…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="352"/>
        <source>Check a month of tickets, incidents or metrics against the objectives</source>
        <translation>Comprobar un mes de tickets, incidencias o métricas frente a los objetivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="355"/>
        <source>&amp;Library…</source>
        <translation>&amp;Biblioteca…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="357"/>
        <source>Browse, search, edit and delete the entries of your libraries</source>
        <translation>Explorar, buscar, editar y eliminar las entradas de sus bibliotecas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="361"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="367"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="371"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="373"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="380"/>
        <source>Show &amp;Preview</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="384"/>
        <source>Previous Section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="386"/>
        <source>Next Section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="388"/>
        <source>&amp;About slawriter</source>
        <translation>&amp;Acerca de slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="393"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="396"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="410"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="415"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="420"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="423"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="425"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="504"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/main_window.py" line="508"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="170"/>
        <source>Guided set-up finished: choose any section on the left to edit it.</source>
        <translation>Asistente terminado: elija cualquier sección a la izquierda para editarla.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="229"/>
        <source>has errors</source>
        <translation>tiene errores</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="230"/>
        <source>has warnings</source>
        <translation>tiene avisos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="231"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="245"/>
        <source>{0} errors, {1} warnings before this can be sent.</source>
        <translation>{0} errores y {1} avisos antes de poder enviarlo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/navigation.py" line="251"/>
        <source>Ready to send: no errors or warnings.</source>
        <translation>Listo para enviar: sin errores ni avisos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="58"/>
        <source>Could not open the preset</source>
        <translation>No se pudo abrir la plantilla</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="107"/>
        <source>Could not open the agreement</source>
        <translation>No se pudo abrir el acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="149"/>
        <source>Opened {0}</source>
        <translation>Abierto {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="190"/>
        <source>Could not save the agreement</source>
        <translation>No se pudo guardar el acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="197"/>
        <source>Saved {0}</source>
        <translation>Guardado {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="49"/>
        <source>Export Word Document</source>
        <translation>Exportar documento de Word</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="50"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="67"/>
        <source>{0}: is this agreement&apos;s own file; choose another name</source>
        <translation>{0}: es el propio archivo de este acuerdo; elija otro nombre</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="76"/>
        <source>Exporting {0}…</source>
        <translation>Exportando {0}…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="131"/>
        <source>Exported {0}</source>
        <translation>Exportado {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="139"/>
        <source>Could not export the Word document</source>
        <translation>No se pudo exportar el documento de Word</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/export.py" line="141"/>
        <source>Could not export the PDF</source>
        <translation>No se pudo exportar el PDF</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/settings.py" line="61"/>
        <source>The new language takes effect when you restart slawriter.</source>
        <translation>El nuevo idioma se aplicará al reiniciar slawriter.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="235"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="239"/>
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/controllers/files.py" line="281"/>
        <source>Could not restore the autosaved copy</source>
        <translation>No se pudo restaurar la copia de autoguardado</translation>
    </message>
</context>
<context>
    <name>NewDialog</name>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="28"/>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="32"/>
        <source>Start from a preset, or from a blank agreement:</source>
        <translation>Empiece con una plantilla o con un acuerdo en blanco:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="36"/>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="37"/>
        <source>Blank agreement</source>
        <translation>Acuerdo en blanco</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="55"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/new_dialog.py" line="66"/>
        <source>An empty agreement: you fill in every section yourself.</source>
        <translation>Un acuerdo vacío: usted completa cada sección.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="32"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="37"/>
        <source>User interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="38"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="42"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="46"/>
        <source>A new language takes effect when you restart slawriter.</source>
        <translation>Un idioma nuevo se aplica al reiniciar slawriter.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="55"/>
        <source>The folder of the last export</source>
        <translation>La carpeta de la última exportación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="56"/>
        <location filename="../../slawriter/app/preferences_dialog.py" line="116"/>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="57"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="58"/>
        <source>Choose the default export folder</source>
        <translation>Elegir la carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="62"/>
        <source>Default &amp;export folder:</source>
        <translation>Carpeta de &amp;exportación:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="69"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="70"/>
        <source>Organization logo file</source>
        <translation>Archivo del logotipo de la organización</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="72"/>
        <source>A PNG or SVG file shown on the contract&apos;s title page (at most 2 MB).</source>
        <translation>Un archivo PNG o SVG que se muestra en la portada del contrato (2 MB como máximo).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="74"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="75"/>
        <source>Choose the logo file</source>
        <translation>Elija el archivo del logotipo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="79"/>
        <source>Organization &amp;logo:</source>
        <translation>&amp;Logotipo de la organización:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="84"/>
        <source>Accent colour</source>
        <translation>Color de realce</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="86"/>
        <source>The colour of headings and table headers, as # and six hexadecimal digits.</source>
        <translation>El color de los títulos y de las cabeceras de las tablas, como # y seis dígitos hexadecimales.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="88"/>
        <source>&amp;Accent colour:</source>
        <translation>Color de &amp;realce:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="101"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="103"/>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="125"/>
        <source>Organization logo</source>
        <translation>Logotipo de la organización</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preferences_dialog.py" line="127"/>
        <source>Images (*.png *.svg)</source>
        <translation>Imágenes (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../slawriter/app/preview.py" line="87"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="90"/>
        <location filename="../../slawriter/app/preview.py" line="240"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="95"/>
        <source>The preview is being updated</source>
        <translation>La vista previa se está actualizando</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="106"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="108"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="109"/>
        <source>Fit the page width</source>
        <translation>Ajustar al ancho de página</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="118"/>
        <source>Contract preview</source>
        <translation>Vista previa del contrato</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="126"/>
        <source>The contract appears here a moment after you type.</source>
        <translation>El contrato aparece aquí un momento después de escribir.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="230"/>
        <source>Updating the rest…</source>
        <translation>Actualizando el resto…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="233"/>
        <source>The pages you changed are shown first; the others, the contents and the page headers are brought up to date in a moment.</source>
        <translation>Las páginas que ha cambiado se muestran primero; las demás, el índice y los encabezados de página se actualizan en un momento.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="276"/>
        <source>The preview could not be made:</source>
        <translation>No se pudo generar la vista previa:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="336"/>
        <source>Page {0} of …</source>
        <translation>Página {0} de …</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/preview.py" line="339"/>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
</context>
<context>
    <name>RecoveredCopy</name>
    <message>
        <location filename="../../slawriter/app/recovery.py" line="57"/>
        <source>{0} (autosaved {1})</source>
        <translation>{0} (guardado automáticamente el {1})</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <location filename="../../slawriter/app/render_service.py" line="367"/>
        <source>The renderer stopped while making this PDF. Try again.</source>
        <translation>El generador se detuvo mientras creaba este PDF. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="146"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="163"/>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="187"/>
        <source>Nothing to fix: the agreement is ready to send. Save it and export it.</source>
        <translation>Nada que corregir: el acuerdo está listo para enviar. Guárdelo y expórtelo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="192"/>
        <source>{0} errors, {1} warnings and {2} notes. Follow a link to go to the field.</source>
        <translation>{0} errores, {1} advertencias y {2} notas. Siga un enlace para ir al campo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="197"/>
        <source>From the libraries</source>
        <translation>De las bibliotecas</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../slawriter/app/pages/base.py" line="69"/>
        <source>This agreement is signed (or superseded) and cannot be changed. To change it, start a new revision in Sign-off.</source>
        <translation>Este acuerdo está firmado (o sustituido) y no se puede modificar. Para cambiarlo, inicie una nueva revisión en Conformidad.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/base.py" line="121"/>
        <source>Update from library</source>
        <translation>Actualizar desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/base.py" line="135"/>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/consequences.py" line="16"/>
        <source>Service credit tiers per objective, the credit cap and claim procedure, the escalation path, remediation and chronic failure, and non-monetary consequences.</source>
        <translation>Los tramos de crédito de servicio por objetivo, el límite de créditos y el procedimiento de reclamación, la vía de escalado, la corrección y el incumplimiento reiterado, y las consecuencias no económicas.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/governance.py" line="16"/>
        <source>Reporting cadence and contents, review meetings, change control, definitions and additional clauses.</source>
        <translation>Periodicidad y contenido de los informes, reuniones de revisión, control de cambios, definiciones y cláusulas adicionales.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/limitations.py" line="16"/>
        <source>Scheduled maintenance, exclusions (force majeure, customer-caused, third party…), usage limits and the norms and standards the parties follow.</source>
        <translation>El mantenimiento programado, las exclusiones (fuerza mayor, causas imputables al cliente, terceros…), los límites de uso y las normas y estándares que siguen las partes.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/objectives.py" line="16"/>
        <source>Each objective: what is measured, the target, per-priority targets, the measurement window and calendar, clock rules and who is responsible. Calendars and priorities are defined here too.</source>
        <translation>Cada objetivo: qué se mide, la meta, las metas por prioridad, el periodo de medición y el calendario, el cómputo del tiempo y quién es responsable. Aquí se definen también los calendarios y las prioridades.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/parties.py" line="15"/>
        <source>What kind of agreement this is, its identity, language and dates, and the two or more parties to it.</source>
        <translation>Qué tipo de acuerdo es, sus datos de identificación, idioma y fechas, y las dos o más partes que lo celebran.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/responsibilities.py" line="16"/>
        <source>What each party must do, the customer obligations that are conditions for service credits, and what a request or incident report must contain.</source>
        <translation>Lo que debe hacer cada parte, las obligaciones del cliente que condicionan los créditos de servicio y lo que debe contener una solicitud o notificación de incidencia.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/scope.py" line="16"/>
        <source>The services covered and what is explicitly not, the service hours, support channels, dependencies, and the users and locations served.</source>
        <translation>Los servicios cubiertos y lo que queda expresamente excluido, el horario de servicio, los canales de soporte, las dependencias y los usuarios y ubicaciones atendidos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="57"/>
        <source>Who signs for each party, internal approvals, the status of the agreement and its revision history.</source>
        <translation>Quién firma por cada parte, las aprobaciones internas, el estado del acuerdo y su historial de revisiones.</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="39"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="40"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="41"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="42"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="271"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="43"/>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="46"/>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="47"/>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="48"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="49"/>
        <source>Mark signed</source>
        <translation>Marcar como firmado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="50"/>
        <source>Mark superseded</source>
        <translation>Marcar como sustituido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="76"/>
        <source>Status and revision</source>
        <translation>Estado y revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="85"/>
        <source>Audit log, newest first</source>
        <translation>Registro de auditoría, lo más reciente primero</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="100"/>
        <source>Record approval…</source>
        <translation>Registrar aprobación…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="105"/>
        <source>signed in ink</source>
        <translation>firmado en tinta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="106"/>
        <source>signed digitally</source>
        <translation>firmado digitalmente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="107"/>
        <source>recorded approval</source>
        <translation>aprobación registrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="110"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="239"/>
        <source>Record sign-off</source>
        <translation>Registrar conformidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="112"/>
        <source>New revision…</source>
        <translation>Nueva revisión…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="114"/>
        <source>Sign PDF…</source>
        <translation>Firmar PDF…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="116"/>
        <source>Compare with…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="143"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="146"/>
        <source>(read-only: start a new revision to change it)</source>
        <translation>(solo lectura: inicie una nueva revisión para cambiarlo)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="149"/>
        <source>sign-offs missing: %1</source>
        <translation>faltan conformidades: %1</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="156"/>
        <source>No lifecycle steps recorded yet.</source>
        <translation>Aún no se ha registrado ningún paso del ciclo de vida.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="175"/>
        <source>Your name (recorded in the audit log):</source>
        <translation>Su nombre (queda registrado en el registro de auditoría):</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="185"/>
        <source>Not possible</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="215"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="219"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="227"/>
        <source>Record approval</source>
        <translation>Registrar aprobación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="215"/>
        <source>What was approved (e.g. Legal review):</source>
        <translation>Qué se aprobó (p. ej., revisión jurídica):</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="219"/>
        <source>Approved by:</source>
        <translation>Aprobado por:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="249"/>
        <location filename="../../slawriter/app/pages/signoff.py" line="253"/>
        <source>New revision</source>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="249"/>
        <source>What will this revision change?</source>
        <translation>¿Qué cambiará esta revisión?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="272"/>
        <source>Signed PDF written to %1</source>
        <translation>PDF firmado guardado en %1</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="289"/>
        <source>Redline</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/pages/signoff.py" line="290"/>
        <source>Redline written to %1</source>
        <translation>Comparación guardada en %1</translation>
    </message>
</context>
<context>
    <name>WizardBar</name>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="79"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="81"/>
        <source>Back to the previous section</source>
        <translation>Volver a la sección anterior</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="82"/>
        <location filename="../../slawriter/app/wizard.py" line="107"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="84"/>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="85"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="88"/>
        <source>Finish the guided set-up and edit the sections freely</source>
        <translation>Terminar el asistente y editar las secciones libremente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="102"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Paso {0} de {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="107"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="113"/>
        <source> (and {0} more)</source>
        <translation> (y {0} más)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="114"/>
        <source>To continue: {0}.</source>
        <translation>Para continuar: {0}.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/wizard.py" line="118"/>
        <source>Complete this section first: {0}</source>
        <translation>Complete antes esta sección: {0}</translation>
    </message>
</context>
<context>
    <name>WorkedExample</name>
    <message>
        <location filename="../../slawriter/app/extras.py" line="120"/>
        <source>On the calendar “{0}”, for example:</source>
        <translation>Con el calendario «{0}», por ejemplo:</translation>
    </message>
</context>
<context>
    <name>calendar_exports</name>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="38"/>
        <source>Export reminders</source>
        <translation>Exportar recordatorios</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="47"/>
        <source>%1 reminders written to %2.</source>
        <translation>%1 recordatorios guardados en %2.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="61"/>
        <source>Export OpenSLO</source>
        <translation>Exportar OpenSLO</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="70"/>
        <source>Written to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/calendar_exports.py" line="76"/>
        <source>Not exported: %1 — %2</source>
        <translation>No exportado: %1 — %2</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../slawriter/app/compare.py" line="39"/>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compare.py" line="40"/>
        <source>Agreements and contracts (*.sla.json *.pdf);;All files (*)</source>
        <translation>Acuerdos y contratos (*.sla.json *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compare.py" line="49"/>
        <source>Save redline</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compare.py" line="51"/>
        <source>PDF (*.pdf);;HTML (*.html);;Word document with tracked changes (*.docx)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Documento de Word con control de cambios (*.docx)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/compare.py" line="64"/>
        <source>Could not compare</source>
        <translation>No se pudo comparar</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="47"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="49"/>
        <location filename="../../slawriter/app/conflicts.py" line="51"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="81"/>
        <source>Merge conflicts in {0}</source>
        <translation>Conflictos de fusión en {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="85"/>
        <source>{0} was merged in git, and these fields were changed in two ways. Choose the version to keep for each field; the file is then saved and opened. Cancel leaves the file as it is.</source>
        <translation>{0} se fusionó en git, y estos campos se cambiaron de dos maneras. Elija la versión que se conserva en cada campo; después el archivo se guarda y se abre. Cancelar deja el archivo como está.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="100"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="101"/>
        <source>Before the merge</source>
        <translation>Antes de la fusión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="102"/>
        <source>Ours (this branch)</source>
        <translation>La nuestra (esta rama)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="103"/>
        <source>Theirs (merged in)</source>
        <translation>La suya (la fusionada)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="144"/>
        <source>All &amp;ours</source>
        <translation>Todas las &amp;nuestras</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="147"/>
        <source>All &amp;theirs</source>
        <translation>Todas las &amp;suyas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="159"/>
        <source>Keep the chosen versions and open</source>
        <translation>Conservar las versiones elegidas y abrir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/conflicts.py" line="162"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="28"/>
        <source>Agreements (*.sla.json);;All files (*)</source>
        <translation>Acuerdos (*.sla.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="48"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="49"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>¿Guardar los cambios de «{0}» antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="52"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guarda, perderá los cambios.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="72"/>
        <source>File changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="73"/>
        <source>“{0}” was changed by another program since you opened it.

Overwrite it with your version? The other changes will be lost.</source>
        <translation>Otro programa ha modificado «{0}» desde que lo abrió.

¿Sobrescribirlo con su versión? Se perderán los otros cambios.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="115"/>
        <source>Open agreement</source>
        <translation>Abrir acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="125"/>
        <source>Save agreement as</source>
        <translation>Guardar acuerdo como</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="153"/>
        <source>Restore unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="155"/>
        <source>slawriter closed without saving your work last time.</source>
        <translation>La última vez slawriter se cerró sin guardar su trabajo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="161"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="164"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="167"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="182"/>
        <source>About slawriter</source>
        <translation>Acerca de slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="183"/>
        <source>&lt;h3&gt;slawriter {0}&lt;/h3&gt;&lt;p&gt;Write service level agreements and export them as contracts, offline.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;slawriter {0}&lt;/h3&gt;&lt;p&gt;Redacte acuerdos de nivel de servicio y expórtelos como contratos, sin conexión.&lt;/p&gt;&lt;p&gt;Licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="196"/>
        <source>Export contract as Word document</source>
        <translation>Exportar el contrato como documento de Word</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="197"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="199"/>
        <source>Export contract as PDF</source>
        <translation>Exportar el contrato como PDF</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="200"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="219"/>
        <source>Word document exported</source>
        <translation>Documento de Word exportado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="221"/>
        <source>PDF exported</source>
        <translation>PDF exportado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="223"/>
        <source>The contract was saved as “{0}”.</source>
        <translation>El contrato se guardó como «{0}».</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="227"/>
        <source>The renderer reported {0} warnings.</source>
        <translation>El generador informó de {0} advertencias.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="233"/>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="325"/>
        <source>Entry exists</source>
        <translation>La entrada ya existe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="326"/>
        <source>The library “{1}” already holds the entry {0}.

Replace it? Agreements that use it will be told it changed.</source>
        <translation>La biblioteca «{1}» ya contiene la entrada {0}.

¿Reemplazarla? Los acuerdos que la usan sabrán que ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="342"/>
        <source>Insert from library</source>
        <translation>Insertar desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="343"/>
        <source>The agreement already has “{1}”, with the ID of the entry “{0}”.</source>
        <translation>El acuerdo ya tiene «{1}», con el ID de la entrada «{0}».</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="350"/>
        <source>Replace it with the library&apos;s entry (it keeps its ID, and what refers to it), or add the entry as a copy under a new ID?</source>
        <translation>¿Sustituirlo por la entrada de la biblioteca (conserva su ID y lo que se refiere a él) o añadir la entrada como copia con un ID nuevo?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="357"/>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="360"/>
        <source>Add a &amp;Copy</source>
        <translation>Añadir una &amp;copia</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="372"/>
        <source>Update from library</source>
        <translation>Actualizar desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="374"/>
        <source>“{0}” was changed in this agreement since it came from the library.</source>
        <translation>«{0}» se cambió en este acuerdo después de venir de la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="378"/>
        <source>“{0}” came from the library through an older slawriter: whether it was changed in this agreement cannot be told.</source>
        <translation>«{0}» vino de la biblioteca con una versión anterior de slawriter: no se puede saber si se cambió en este acuerdo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="388"/>
        <source>Updating replaces what it says here with the library&apos;s text. Undo brings it back.</source>
        <translation>Al actualizar, lo que dice aquí se sustituye por el texto de la biblioteca. Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="394"/>
        <source>&amp;Replace With Library&apos;s</source>
        <translation>&amp;Sustituir por el de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="406"/>
        <source>Record approval</source>
        <translation>Registrar aprobación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="407"/>
        <source>The text changed after an earlier approval.</source>
        <translation>El texto cambió después de una aprobación anterior.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="413"/>
        <source>&amp;Record Approval</source>
        <translation>&amp;Registrar aprobación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="424"/>
        <source>Save Entry</source>
        <translation>Guardar entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="425"/>
        <source>“{0}” was changed on disk since it was shown (a git pull or a teammate).</source>
        <translation>«{0}» cambió en el disco después de mostrarse (un git pull o un compañero).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="432"/>
        <source>Saving writes your version over the changes in {0}. Cancel keeps your edits here and the file as it is; Reload then shows the file&apos;s version.</source>
        <translation>Al guardar, su versión se escribe sobre los cambios de {0}. Cancelar conserva aquí sus cambios y el archivo como está; Recargar muestra entonces la versión del archivo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="439"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="450"/>
        <source>Delete library entry</source>
        <translation>Eliminar entrada de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/dialogs.py" line="451"/>
        <source>Delete the entry {0} from the library “{1}”?

Agreements that use it keep their items; check will say the entry is gone.</source>
        <translation>¿Eliminar la entrada {0} de la biblioteca «{1}»?

Los acuerdos que la usan conservan sus elementos; la comprobación dirá que la entrada ya no existe.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../slawriter/app/forms.py" line="176"/>
        <source>Edit “{0}”</source>
        <translation>Editar «{0}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="258"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="270"/>
        <source>enter a number</source>
        <translation>escriba un número</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="276"/>
        <source>&apos;{0}&apos;: write decimals with a point and no thousands separators, like 12500.50</source>
        <translation>«{0}»: escriba los decimales con punto y sin separador de miles, p. ej. 12500.50</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="286"/>
        <source>&apos;{0}&apos; is not a number; write it like 99.9</source>
        <translation>&apos;{0}&apos; no es un número; escríbalo como 99.9</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="292"/>
        <source>enter a finite number</source>
        <translation>escriba un número finito</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="378"/>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="380"/>
        <source>Untick to leave the date empty.</source>
        <translation>Desmarque la casilla para dejar la fecha vacía.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="383"/>
        <source>{0}: set</source>
        <translation>{0}: fijada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="461"/>
        <source>— none (24×7) —</source>
        <translation>— ninguno (24×7) —</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="463"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="470"/>
        <source>{0} (missing)</source>
        <translation>{0} (no existe)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="490"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="491"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="492"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="493"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="500"/>
        <source>From library…</source>
        <translation>De la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="504"/>
        <source>To library…</source>
        <translation>A la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="510"/>
        <source>Insert a {0} from a library</source>
        <translation>Insertar {0} desde una biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="514"/>
        <source>Save the selected {0} to a library</source>
        <translation>Guardar en una biblioteca: {0} seleccionado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="520"/>
        <source>Add {0}</source>
        <translation>Añadir {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="523"/>
        <source>Remove the selected {0}</source>
        <translation>Quitar el elemento seleccionado ({0})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="525"/>
        <source>Move the selected {0} up</source>
        <translation>Subir el elemento seleccionado ({0})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="528"/>
        <source>Move the selected {0} down</source>
        <translation>Bajar el elemento seleccionado ({0})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="555"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="607"/>
        <source>Add to “{0}”</source>
        <translation>Añadir a «{0}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="646"/>
        <source>Insert from library…</source>
        <translation>Insertar desde la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="649"/>
        <source>Save to library…</source>
        <translation>Guardar en la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="662"/>
        <source>Remove from “{0}”</source>
        <translation>Quitar de «{0}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="678"/>
        <source>Reorder “{0}”</source>
        <translation>Reordenar «{0}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="735"/>
        <source>Double-click or press F2 to edit an entry.</source>
        <translation>Haga doble clic o pulse F2 para editar una entrada.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="762"/>
        <source>&apos;{0}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>&apos;{0}&apos; no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="772"/>
        <source>Edit list entry</source>
        <translation>Editar entrada de la lista</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="799"/>
        <source>No party IDs defined yet</source>
        <translation>Aún no hay ID de partes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="800"/>
        <source>No calendar IDs defined yet</source>
        <translation>Aún no hay ID de calendarios</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="801"/>
        <source>No priority IDs defined yet</source>
        <translation>Aún no hay ID de prioridades</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="802"/>
        <source>No objective IDs defined yet</source>
        <translation>Aún no hay ID de objetivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="834"/>
        <source>missing</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="928"/>
        <source>No {0} yet — press Add.</source>
        <translation>Aún no hay elementos ({0}): pulse Añadir.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/forms.py" line="1078"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>helpers</name>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="81"/>
        <source>Downtime budget at {0}: {1} per 30-day month, {2} per quarter (91 days).</source>
        <translation>Tiempo de inactividad admisible con {0}: {1} por mes de 30 días, {2} por trimestre (91 días).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="99"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="100"/>
        <source>quarterly</source>
        <translation>trimestral</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="101"/>
        <source>yearly</source>
        <translation>anual</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="102"/>
        <source>rolling</source>
        <translation>móvil</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="109"/>
        <source>attainment of objective &apos;{0}&apos;</source>
        <translation>el cumplimiento del objetivo &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="115"/>
        <source>{0} uptime</source>
        <translation>la disponibilidad {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="118"/>
        <source>{0} attainment of “{1}”</source>
        <translation>el cumplimiento {0} de «{1}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="122"/>
        <source>is at least {0} but below {1}</source>
        <translation>es de al menos {0} pero inferior a {1}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="126"/>
        <source>is below {0}</source>
        <translation>es inferior a {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="127"/>
        <source>If {0} {1}, the customer receives a credit of {2} of the monthly fee.</source>
        <translation>Si {0} {1}, el cliente recibe un crédito del {2} de la cuota mensual.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/helpers.py" line="166"/>
        <source>Item {0}</source>
        <translation>Elemento {0}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../slawriter/app/history.py" line="50"/>
        <source>The commits of git that changed this file</source>
        <translation>Los commits de git que cambiaron este archivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="81"/>
        <source>History of {0}</source>
        <translation>Historial de {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="84"/>
        <source>Reading the history from git…</source>
        <translation>Leyendo el historial de git…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="95"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="96"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="97"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="98"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="106"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="109"/>
        <source>Compare with this version…</source>
        <translation>Comparar con esta versión…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="113"/>
        <source>A redline of the agreement as it is now against the file at the chosen commit</source>
        <translation>Una comparación del acuerdo tal como está ahora con el archivo en el commit elegido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="124"/>
        <source>Could not read the history</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="135"/>
        <source>No history to show.</source>
        <translation>No hay historial que mostrar.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="151"/>
        <source>Commits of git that changed {0}, newest first: {1}.</source>
        <translation>Commits de git que cambiaron {0}, del más reciente al más antiguo: {1}.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="179"/>
        <source>Save redline</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="181"/>
        <source>PDF (*.pdf);;HTML (*.html);;Word document with tracked changes (*.docx)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Documento de Word con control de cambios (*.docx)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="195"/>
        <source>Could not compare</source>
        <translation>No se pudo comparar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="206"/>
        <source>Redline</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/history.py" line="207"/>
        <source>Redline written to {0}</source>
        <translation>Comparación guardada en {0}</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../slawriter/app/library.py" line="88"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="89"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="90"/>
        <source>Business calendars</source>
        <translation>Calendarios laborables</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="91"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="92"/>
        <source>Exclusions</source>
        <translation>Exclusiones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="93"/>
        <source>Responsibilities</source>
        <translation>Obligaciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="94"/>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="117"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="285"/>
        <source>Insert “{0}” from the library</source>
        <translation>Insertar «{0}» desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="271"/>
        <location filename="../../slawriter/app/library.py" line="292"/>
        <source>Insert from library</source>
        <translation>Insertar desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="264"/>
        <source>Replace with “{0}” from the library</source>
        <translation>Sustituir por «{0}» de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="273"/>
        <location filename="../../slawriter/app/library.py" line="294"/>
        <source>“{0}” cannot be inserted: {1}</source>
        <translation>«{0}» no se puede insertar: {1}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="326"/>
        <source>Insert from library — {0}</source>
        <translation>Insertar desde la biblioteca — {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="334"/>
        <location filename="../../slawriter/app/library_window.py" line="608"/>
        <source>Search names, descriptions and libraries</source>
        <translation>Buscar nombres, descripciones y bibliotecas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="336"/>
        <location filename="../../slawriter/app/library_window.py" line="610"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="344"/>
        <location filename="../../slawriter/app/library_window.py" line="623"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="345"/>
        <location filename="../../slawriter/app/library.py" line="483"/>
        <location filename="../../slawriter/app/library_window.py" line="624"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="346"/>
        <location filename="../../slawriter/app/library.py" line="499"/>
        <location filename="../../slawriter/app/library_window.py" line="430"/>
        <location filename="../../slawriter/app/library_window.py" line="625"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="347"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="368"/>
        <source>Not in {0}: the contract shows it in {1}.</source>
        <translation>No está en {0}: el contrato la muestra en {1}.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="378"/>
        <source>No library in use holds an entry of this kind yet. Save an item with “Save to library…”, or add a team library in Preferences.</source>
        <translation>Ninguna biblioteca en uso tiene aún una entrada de este tipo. Guarde un elemento con «Guardar en la biblioteca…» o añada una biblioteca de equipo en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="391"/>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="476"/>
        <location filename="../../slawriter/app/library.py" line="567"/>
        <source>Save to library</source>
        <translation>Guardar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="484"/>
        <source>&amp;Library:</source>
        <translation>&amp;Biblioteca:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="487"/>
        <source>Entry ID</source>
        <translation>ID de la entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="489"/>
        <source>The entry&apos;s file name in the folder “{0}”: lowercase letters, digits and single hyphens.</source>
        <translation>El nombre del archivo de la entrada en la carpeta «{0}»: minúsculas, dígitos y guiones sueltos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="495"/>
        <source>Entry &amp;ID:</source>
        <translation>&amp;ID de la entrada:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="501"/>
        <source>What the entry is for and when to use it (not printed in contracts)</source>
        <translation>Para qué sirve la entrada y cuándo usarla (no se imprime en los contratos)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="505"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="526"/>
        <source>&apos;{0}&apos; cannot be an entry ID: use lowercase letters, digits and single hyphens (e.g. acme-gmbh).</source>
        <translation>«{0}» no puede ser el ID de una entrada: use minúsculas, dígitos y guiones sueltos (p. ej., acme-gmbh).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="601"/>
        <source>Save “{0}” to the library</source>
        <translation>Guardar «{0}» en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="609"/>
        <source>The entry was saved as “{0}”. The item does not remember it: {1}</source>
        <translation>La entrada se guardó como «{0}». El elemento no la recuerda: {1}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="702"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="718"/>
        <source>the same as this item</source>
        <translation>lo mismo que este elemento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="730"/>
        <source>Update from library</source>
        <translation>Actualizar desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="737"/>
        <source>No library in use holds this item&apos;s entry.</source>
        <translation>Ninguna biblioteca en uso tiene la entrada de este elemento.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="751"/>
        <source>Update “{0}” from the library</source>
        <translation>Actualizar «{0}» desde la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library.py" line="760"/>
        <source>“{0}” was not updated: {1}</source>
        <translation>«{0}» no se actualizó: {1}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="37"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="39"/>
        <source>{0} entries</source>
        <translation>{0} entradas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="41"/>
        <source>{0} files or folders cannot be read (see Tools › Library…)</source>
        <translation>no se pueden leer {0} archivos o carpetas (vea Herramientas › Biblioteca…)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="57"/>
        <source>Your own library: {0}</source>
        <translation>Su propia biblioteca: {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="66"/>
        <source>&amp;Team libraries — folders the team shares (a git repository, a shared drive); their entries are offered beside your own:</source>
        <translation>Bibliotecas de &amp;equipo — carpetas que comparte el equipo (un repositorio git, una unidad compartida); sus entradas se ofrecen junto a las suyas:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="77"/>
        <source>Team libraries</source>
        <translation>Bibliotecas de equipo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="81"/>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="82"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="134"/>
        <source>Add a team library folder</source>
        <translation>Añadir la carpeta de una biblioteca de equipo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="140"/>
        <source>“{0}” is not a folder.</source>
        <translation>«{0}» no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_preferences.py" line="146"/>
        <source>“{0}” is already one of your libraries.</source>
        <translation>«{0}» ya es una de sus bibliotecas.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="77"/>
        <source>the defined term for the providing side (the Provider)</source>
        <translation>el término definido de la parte que presta el servicio (el Proveedor)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="80"/>
        <source>the defined term for the receiving side (the Customer)</source>
        <translation>el término definido de la parte que recibe el servicio (el Cliente)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="83"/>
        <source>the legal name of the first providing party</source>
        <translation>la denominación legal de la primera parte proveedora</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="84"/>
        <source>the legal name of the first receiving party</source>
        <translation>la denominación legal de la primera parte receptora</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="85"/>
        <source>the effective date</source>
        <translation>la fecha de entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="86"/>
        <source>the initial term in months</source>
        <translation>la duración inicial en meses</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="87"/>
        <source>the notice period in days</source>
        <translation>el plazo de preaviso en días</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="88"/>
        <source>the days after a period within which credits are claimed</source>
        <translation>los días tras un periodo para reclamar los créditos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="91"/>
        <source>the credit cap as a share of the monthly fee</source>
        <translation>el límite de créditos como parte de la cuota mensual</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="92"/>
        <source>the monthly fee, in the agreement&apos;s currency</source>
        <translation>la cuota mensual, en la moneda del acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="93"/>
        <source>an objective&apos;s name: {objective:ID}</source>
        <translation>el nombre de un objetivo: {objective:ID}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="94"/>
        <source>an objective&apos;s target: {target:ID}, or for one priority {target:ID:PRIORITY}</source>
        <translation>el valor objetivo de un objetivo: {target:ID}, o el de una prioridad: {target:ID:PRIORITY}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="173"/>
        <source>Written first in</source>
        <translation>Redactada primero en</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="174"/>
        <source>Written first in:</source>
        <translation>Redactada primero en:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="179"/>
        <source>Placed in:</source>
        <translation>Se coloca en:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="195"/>
        <source>Heading in {0}</source>
        <translation>Título en {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="201"/>
        <source>Text in {0}</source>
        <translation>Texto en {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="204"/>
        <source>Empty: the clause does not exist in this language.</source>
        <translation>Vacío: la cláusula no existe en este idioma.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="208"/>
        <source>Heading:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="209"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="217"/>
        <source>Placeholders it knows:</source>
        <translation>Marcadores que conoce:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="224"/>
        <source>Double-click to put one in the text.</source>
        <translation>Doble clic para ponerlo en el texto.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="237"/>
        <source>Preview with the current agreement:</source>
        <translation>Vista previa con el acuerdo actual:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="320"/>
        <source>The clause has no text in {0}, the language it is written in first.</source>
        <translation>La cláusula no tiene texto en {0}, el idioma en que se redacta primero.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="336"/>
        <source>The clause does not exist in {0}: the contract shows it in {1}.</source>
        <translation>La cláusula no existe en {0}: el contrato la muestra en {1}.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="354"/>
        <source>“Uses placeholders” is off: the braces are printed as they are written.</source>
        <translation>«Usa marcadores» está desactivado: las llaves se imprimen tal como están escritas.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="431"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="441"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="442"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="443"/>
        <source>&amp;Save Entry</source>
        <translation>&amp;Guardar entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="450"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="454"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="501"/>
        <source>{0} · library “{1}” · version {2} · languages: {3}
{4}</source>
        <translation>{0} · biblioteca «{1}» · versión {2} · idiomas: {3}
{4}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="581"/>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="597"/>
        <source>Library — slawriter</source>
        <translation>Biblioteca — slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="612"/>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="614"/>
        <source>Read every library folder again</source>
        <translation>Leer de nuevo todas las carpetas de bibliotecas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="634"/>
        <source>Choose an entry on the left.</source>
        <translation>Elija una entrada a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="655"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="677"/>
        <source>Save the changes to “{0}” before reading the libraries again?</source>
        <translation>¿Guardar los cambios de «{0}» antes de volver a leer las bibliotecas?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="716"/>
        <source>1 file or folder could not be read; the other entries are listed above:</source>
        <translation>No se pudo leer 1 archivo o carpeta; las demás entradas se muestran arriba:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="720"/>
        <source>{0} files or folders could not be read; the other entries are listed above:</source>
        <translation>No se pudieron leer {0} archivos o carpetas; las demás entradas se muestran arriba:</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="786"/>
        <source>Save the changes to “{0}” before showing another entry?</source>
        <translation>¿Guardar los cambios de «{0}» antes de mostrar otra entrada?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/library_window.py" line="873"/>
        <source>Delete library entry</source>
        <translation>Eliminar entrada de la biblioteca</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="22"/>
        <source>Agreement &amp; parties</source>
        <translation>Acuerdo y partes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="24"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="26"/>
        <source>Responsibilities</source>
        <translation>Obligaciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="28"/>
        <source>Service level objectives</source>
        <translation>Objetivos de nivel de servicio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="30"/>
        <source>Limitations &amp; exclusions</source>
        <translation>Limitaciones y exclusiones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="32"/>
        <source>Breach consequences</source>
        <translation>Consecuencias del incumplimiento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="34"/>
        <source>Reporting, review &amp; change</source>
        <translation>Informes, revisión y cambios</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="36"/>
        <source>Sign-off</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="38"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="40"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="42"/>
        <source>Agreement info</source>
        <translation>Datos del acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="44"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="46"/>
        <source>Customer SLA, internal SLA/OLA between departments, vendor or underpinning contract, onboarding agreement, or partner agreement. Chooses the contract&apos;s look.</source>
        <translation>SLA con un cliente, SLA interno u OLA entre departamentos, contrato con un proveedor o de soporte, acuerdo de incorporación o acuerdo con un socio. Determina el aspecto del contrato.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="61"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="63"/>
        <source>The contract&apos;s title.</source>
        <translation>El título del contrato.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="65"/>
        <source>Document ID</source>
        <translation>Referencia del documento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="67"/>
        <source>Reference printed on every page, e.g. SLA-2026-014.</source>
        <translation>Referencia impresa en cada página, p. ej. SLA-2026-014.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="69"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="71"/>
        <source>Revision number; goes up with each new revision.</source>
        <translation>Número de revisión; aumenta con cada nueva revisión.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="73"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="75"/>
        <source>Language the contract is written in.</source>
        <translation>Idioma en el que está redactado el contrato.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="81"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="83"/>
        <source>Currency of fees, credits and money targets.</source>
        <translation>Moneda de las cuotas, los créditos y las metas monetarias.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="85"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="87"/>
        <source>Time zone in which the agreement&apos;s times and deadlines are measured.</source>
        <translation>Zona horaria en la que se miden las horas y los plazos del acuerdo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="98"/>
        <source>Effective date</source>
        <translation>Fecha de entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="100"/>
        <source>Date from which the agreement applies.</source>
        <translation>Fecha a partir de la cual se aplica el acuerdo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="102"/>
        <source>Term and renewal</source>
        <translation>Duración y renovación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="110"/>
        <source>Purpose</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="112"/>
        <source>One paragraph on why the parties make this agreement.</source>
        <translation>Un párrafo sobre por qué las partes celebran este acuerdo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="114"/>
        <source>Master agreement</source>
        <translation>Contrato marco</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="116"/>
        <source>The master or framework agreement this SLA belongs to, if any.</source>
        <translation>El contrato marco al que pertenece este SLA, si lo hay.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="118"/>
        <source>Order of precedence</source>
        <translation>Orden de prelación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="120"/>
        <source>Documents in the order that prevails when they conflict, highest first.</source>
        <translation>Documentos en el orden en que prevalecen en caso de conflicto, empezando por el de mayor rango.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="124"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="126"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="128"/>
        <source>Stable ID: lowercase letters, digits and hyphens, at most 63 characters (an RFC 1123 label), used by other parts of the agreement to refer to this one.</source>
        <translation>ID estable: letras minúsculas, dígitos y guiones, 63 caracteres como máximo (una etiqueta RFC 1123); otras partes del acuerdo lo usan para referirse a este elemento.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="133"/>
        <source>Legal name or department</source>
        <translation>Razón social o departamento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="135"/>
        <source>Registered legal name, or the department&apos;s name for an internal SLA.</source>
        <translation>Razón social registrada o, en un SLA interno, el nombre del departamento.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="139"/>
        <source>Kind of party</source>
        <translation>Tipo de parte</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="147"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="149"/>
        <source>Provider delivers the service; customer receives it.</source>
        <translation>El proveedor presta el servicio; el cliente lo recibe.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="51"/>
        <source>Customer</source>
        <comment>AgreementKind</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="53"/>
        <source>Internal</source>
        <comment>AgreementKind</comment>
        <translation>Interno</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="55"/>
        <source>Vendor</source>
        <comment>AgreementKind</comment>
        <translation>Proveedor externo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="57"/>
        <source>Onboarding</source>
        <comment>AgreementKind</comment>
        <translation>Incorporación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="59"/>
        <source>Partner</source>
        <comment>AgreementKind</comment>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="77"/>
        <source>English</source>
        <comment>Language</comment>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="79"/>
        <source>Spanish</source>
        <comment>Language</comment>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="141"/>
        <source>Organization</source>
        <comment>PartyKind</comment>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="143"/>
        <source>Department</source>
        <comment>PartyKind</comment>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="145"/>
        <source>Person</source>
        <comment>PartyKind</comment>
        <translation>Persona física</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="151"/>
        <source>Provider</source>
        <comment>PartyRole</comment>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="153"/>
        <source>Customer</source>
        <comment>PartyRole</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="155"/>
        <source>Partner</source>
        <comment>PartyRole</comment>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="164"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="166"/>
        <source>Company or tax registration number.</source>
        <translation>Número de registro mercantil o de identificación fiscal.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="168"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="170"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="172"/>
        <source>People who act for the party under this agreement.</source>
        <translation>Personas que actúan en nombre de la parte en virtud de este acuerdo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="174"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="176"/>
        <source>Day-to-day contacts for service matters.</source>
        <translation>Contactos habituales para los asuntos del servicio.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="178"/>
        <source>Services in scope</source>
        <translation>Servicios incluidos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="180"/>
        <source>Out of scope</source>
        <translation>Fuera del alcance</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="182"/>
        <source>Things a reader might expect but that the agreement does not cover.</source>
        <translation>Lo que un lector podría esperar pero que el acuerdo no cubre.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="186"/>
        <source>Service hours</source>
        <translation>Horario de servicio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="188"/>
        <source>Business calendar of the service hours; empty means 24×7.</source>
        <translation>Calendario laborable del horario de servicio; vacío significa 24×7.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="190"/>
        <source>Support channels</source>
        <translation>Canales de soporte</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="192"/>
        <source>Dependencies</source>
        <translation>Dependencias</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="194"/>
        <source>Systems, suppliers or inputs the service relies on.</source>
        <translation>Sistemas, proveedores o insumos de los que depende el servicio.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="196"/>
        <source>Users and locations served</source>
        <translation>Usuarios y ubicaciones atendidos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="198"/>
        <source>What a request must contain</source>
        <translation>Contenido de una solicitud</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="200"/>
        <source>Information a request or incident report must include to start the clock.</source>
        <translation>Información que debe incluir una solicitud o notificación de incidencia para que comience el cómputo del tiempo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="204"/>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="206"/>
        <source>Business calendars</source>
        <translation>Calendarios laborables</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="208"/>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="210"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="212"/>
        <source>Limitations</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="214"/>
        <source>Scheduled maintenance</source>
        <translation>Mantenimiento programado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="216"/>
        <source>Exclusions</source>
        <translation>Exclusiones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="218"/>
        <source>Usage limits</source>
        <translation>Límites de uso</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="220"/>
        <source>Norms, standards and procedures</source>
        <translation>Normas, estándares y procedimientos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="222"/>
        <source>Standards and procedures the parties must follow.</source>
        <translation>Estándares y procedimientos que deben seguir las partes.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="224"/>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="226"/>
        <source>Service credit tiers</source>
        <translation>Tramos de crédito de servicio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="228"/>
        <source>Credit cap (% of monthly fee)</source>
        <translation>Límite de créditos (% de la cuota mensual)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="230"/>
        <source>Most that can be credited for one period, as a share of the monthly fee.</source>
        <translation>Importe máximo que puede abonarse por un periodo, como porcentaje de la cuota mensual.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="252"/>
        <source>Monthly fee</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="254"/>
        <source>Monthly fee credits are computed from.</source>
        <translation>Cuota mensual a partir de la cual se calculan los créditos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="256"/>
        <source>Claim procedure</source>
        <translation>Procedimiento de reclamación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="258"/>
        <source>Credits are the sole remedy</source>
        <translation>Los créditos son el único remedio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="260"/>
        <source>Service credits are the customer&apos;s only remedy for missed objectives.</source>
        <translation>Los créditos de servicio son el único remedio del cliente por los objetivos incumplidos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="264"/>
        <source>Escalation path</source>
        <translation>Vía de escalado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="266"/>
        <source>Remediation plan</source>
        <translation>Plan de corrección</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="268"/>
        <source>What the responsible party does after a breach, and by when.</source>
        <translation>Qué hace la parte responsable tras un incumplimiento, y en qué plazo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="270"/>
        <source>Chronic failure</source>
        <translation>Incumplimiento reiterado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="272"/>
        <source>Other consequences</source>
        <translation>Otras consecuencias</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="274"/>
        <source>Non-monetary consequences, e.g. a review meeting with both managers.</source>
        <translation>Consecuencias no económicas, p. ej. una reunión de revisión con ambos responsables.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="278"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="280"/>
        <source>Reporting</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="282"/>
        <source>Review meetings</source>
        <translation>Reuniones de revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="284"/>
        <source>Change control</source>
        <translation>Control de cambios</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="286"/>
        <source>How the agreement is changed.</source>
        <translation>Cómo se modifica el acuerdo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="288"/>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="290"/>
        <source>Additional clauses</source>
        <translation>Cláusulas adicionales</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="292"/>
        <source>Sign off</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="294"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="296"/>
        <source>Draft</source>
        <comment>AgreementStatus</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="298"/>
        <source>In review</source>
        <comment>AgreementStatus</comment>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="300"/>
        <source>Approved</source>
        <comment>AgreementStatus</comment>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="302"/>
        <source>Signed</source>
        <comment>AgreementStatus</comment>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="304"/>
        <source>Superseded</source>
        <comment>AgreementStatus</comment>
        <translation>Sustituido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="338"/>
        <source>None</source>
        <comment>RenewalKind</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="340"/>
        <source>Automatic</source>
        <comment>RenewalKind</comment>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="342"/>
        <source>By agreement</source>
        <comment>RenewalKind</comment>
        <translation>De mutuo acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="393"/>
        <source>Email</source>
        <comment>ChannelKind</comment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="395"/>
        <source>Phone</source>
        <comment>ChannelKind</comment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="397"/>
        <source>Portal</source>
        <comment>ChannelKind</comment>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="399"/>
        <source>Chat</source>
        <comment>ChannelKind</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="401"/>
        <source>In person</source>
        <comment>ChannelKind</comment>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="403"/>
        <source>Other</source>
        <comment>ChannelKind</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="426"/>
        <source>Duty</source>
        <comment>ResponsibilityKind</comment>
        <translation>Obligación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="428"/>
        <source>Credit condition</source>
        <comment>ResponsibilityKind</comment>
        <translation>Condición para los créditos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="458"/>
        <source>Availability</source>
        <comment>MetricKind</comment>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="460"/>
        <source>First response time</source>
        <comment>MetricKind</comment>
        <translation>Tiempo de primera respuesta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="462"/>
        <source>Resolution time</source>
        <comment>MetricKind</comment>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="464"/>
        <source>Implementation time</source>
        <comment>MetricKind</comment>
        <translation>Tiempo de implantación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="466"/>
        <source>Lead follow up time</source>
        <comment>MetricKind</comment>
        <translation>Tiempo de seguimiento de leads</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="468"/>
        <source>Ticket volume</source>
        <comment>MetricKind</comment>
        <translation>Volumen de tickets</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="470"/>
        <source>Nps</source>
        <comment>MetricKind</comment>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="472"/>
        <source>Csat</source>
        <comment>MetricKind</comment>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="474"/>
        <source>Delivery volume</source>
        <comment>MetricKind</comment>
        <translation>Volumen entregado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="476"/>
        <source>Custom</source>
        <comment>MetricKind</comment>
        <translation>Personalizada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="538"/>
        <source>Weekly</source>
        <comment>Frequency</comment>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="540"/>
        <source>Monthly</source>
        <comment>Frequency</comment>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="542"/>
        <source>Quarterly</source>
        <comment>Frequency</comment>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="544"/>
        <source>Yearly</source>
        <comment>Frequency</comment>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="578"/>
        <source>Scheduled maintenance</source>
        <comment>ExclusionKind</comment>
        <translation>Mantenimiento programado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="580"/>
        <source>Force majeure</source>
        <comment>ExclusionKind</comment>
        <translation>Fuerza mayor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="582"/>
        <source>Customer caused</source>
        <comment>ExclusionKind</comment>
        <translation>Causas imputables al cliente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="584"/>
        <source>Third party</source>
        <comment>ExclusionKind</comment>
        <translation>Terceros</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="586"/>
        <source>Internet</source>
        <comment>ExclusionKind</comment>
        <translation>Internet y redes públicas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="588"/>
        <source>Preview features</source>
        <comment>ExclusionKind</comment>
        <translation>Funciones preliminares</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="590"/>
        <source>Suspension</source>
        <comment>ExclusionKind</comment>
        <translation>Suspensión del servicio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="592"/>
        <source>Other</source>
        <comment>ExclusionKind</comment>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="624"/>
        <source>Future invoices</source>
        <comment>CreditApplication</comment>
        <translation>Futuras facturas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="626"/>
        <source>Refund</source>
        <comment>CreditApplication</comment>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="759"/>
        <source>Ink</source>
        <comment>SignOffMethod</comment>
        <translation>A mano</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="761"/>
        <source>Digital</source>
        <comment>SignOffMethod</comment>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="763"/>
        <source>Approval</source>
        <comment>SignOffMethod</comment>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="777"/>
        <source>Status</source>
        <comment>LifecycleAction</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="779"/>
        <source>Approval</source>
        <comment>LifecycleAction</comment>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="781"/>
        <source>Sign off</source>
        <comment>LifecycleAction</comment>
        <translation>Conformidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="783"/>
        <source>New revision</source>
        <comment>LifecycleAction</comment>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="801"/>
        <source>Monday</source>
        <comment>Weekday</comment>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="803"/>
        <source>Tuesday</source>
        <comment>Weekday</comment>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="805"/>
        <source>Wednesday</source>
        <comment>Weekday</comment>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="807"/>
        <source>Thursday</source>
        <comment>Weekday</comment>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="809"/>
        <source>Friday</source>
        <comment>Weekday</comment>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="811"/>
        <source>Saturday</source>
        <comment>Weekday</comment>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="813"/>
        <source>Sunday</source>
        <comment>Weekday</comment>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="821"/>
        <source>at least</source>
        <comment>Comparator</comment>
        <translation>al menos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="823"/>
        <source>more than</source>
        <comment>Comparator</comment>
        <translation>más de</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="825"/>
        <source>at most</source>
        <comment>Comparator</comment>
        <translation>como máximo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="827"/>
        <source>less than</source>
        <comment>Comparator</comment>
        <translation>menos de</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="833"/>
        <source>Percent</source>
        <comment>TargetUnit</comment>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="835"/>
        <source>Minutes</source>
        <comment>TargetUnit</comment>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="837"/>
        <source>Hours</source>
        <comment>TargetUnit</comment>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="839"/>
        <source>Business hours</source>
        <comment>TargetUnit</comment>
        <translation>Horas hábiles</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="841"/>
        <source>Days</source>
        <comment>TargetUnit</comment>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="843"/>
        <source>Business days</source>
        <comment>TargetUnit</comment>
        <translation>Días hábiles</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="845"/>
        <source>Count</source>
        <comment>TargetUnit</comment>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="847"/>
        <source>Score</source>
        <comment>TargetUnit</comment>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="849"/>
        <source>Money</source>
        <comment>TargetUnit</comment>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="866"/>
        <source>Month</source>
        <comment>WindowKind</comment>
        <translation>Mes natural</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="868"/>
        <source>Quarter</source>
        <comment>WindowKind</comment>
        <translation>Trimestre natural</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="870"/>
        <source>Year</source>
        <comment>WindowKind</comment>
        <translation>Año natural</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="872"/>
        <source>Rolling days</source>
        <comment>WindowKind</comment>
        <translation>Días móviles</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="886"/>
        <source>Minutes</source>
        <comment>DurationUnit</comment>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="888"/>
        <source>Hours</source>
        <comment>DurationUnit</comment>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="890"/>
        <source>Business hours</source>
        <comment>DurationUnit</comment>
        <translation>Horas hábiles</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="892"/>
        <source>Days</source>
        <comment>DurationUnit</comment>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="894"/>
        <source>Business days</source>
        <comment>DurationUnit</comment>
        <translation>Días hábiles</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="306"/>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="104"/>
        <source>Defined terms for the parties</source>
        <translation>Términos definidos para las partes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="106"/>
        <source>What the contract calls each side, e.g. the Provider and the Customer.</source>
        <translation>Cómo llama el contrato a cada lado, p. ej. el Proveedor y el Cliente.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="234"/>
        <source>Credit cap over a longer period (% of its fees)</source>
        <translation>Límite de créditos en un periodo más largo (% de sus cuotas)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="236"/>
        <source>Most that can be credited over a subscription period or contract year, as a share of the fees for that period, e.g. 8. Can be set with or without the monthly cap.</source>
        <translation>Lo máximo que puede abonarse en un periodo de suscripción o año de contrato, como proporción de las cuotas de ese periodo, p. ej. 8. Puede fijarse con o sin el límite mensual.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="241"/>
        <source>Longer cap counted per</source>
        <translation>Límite largo contado por</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="243"/>
        <source>The period the longer cap counts over: the subscription period or the contract year.</source>
        <translation>El periodo sobre el que se cuenta el límite largo: el periodo de suscripción o el año de contrato.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="248"/>
        <source>Subscription period</source>
        <comment>CapBasis</comment>
        <translation>Periodo de suscripción</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="250"/>
        <source>Contract year</source>
        <comment>CapBasis</comment>
        <translation>Año de contrato</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="308"/>
        <source>Internal approvals</source>
        <translation>Aprobaciones internas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="310"/>
        <source>Revision history</source>
        <translation>Historial de revisiones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="312"/>
        <source>Recorded sign-offs</source>
        <translation>Conformidades registradas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="314"/>
        <source>Who has signed off this version, when and how.</source>
        <translation>Quién ha dado su conformidad a esta versión, cuándo y cómo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="316"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="318"/>
        <source>Every status change, approval, sign-off and new revision, each chained to the one before by its hash. Append-only: slawriter check reports an edited log.</source>
        <translation>Cada cambio de estado, aprobación, conformidad y nueva revisión, encadenado al anterior mediante su hash. Solo admite añadir entradas: slawriter check detecta un registro modificado.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="323"/>
        <source>Term</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="325"/>
        <source>Initial term (months)</source>
        <translation>Duración inicial (meses)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="327"/>
        <source>Length of the initial term in months; empty for an open-ended agreement.</source>
        <translation>Duración del periodo inicial en meses; vacío para un acuerdo de duración indefinida.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="331"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="333"/>
        <source>What happens at the end of the term: nothing, automatic renewal, or renewal only when both parties agree.</source>
        <translation>Qué ocurre al final del periodo: nada, renovación automática o renovación solo si ambas partes lo acuerdan.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="344"/>
        <source>Renewal period (months)</source>
        <translation>Periodo de renovación (meses)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="346"/>
        <source>Length of each renewal period.</source>
        <translation>Duración de cada periodo de renovación.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="348"/>
        <source>Notice to terminate or not renew (days)</source>
        <translation>Preaviso de resolución o no renovación (días)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="350"/>
        <source>Days of written notice a party must give before the end of a term to stop it renewing.</source>
        <translation>Días de preaviso por escrito que una parte debe dar antes del final de un periodo para impedir su renovación.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="355"/>
        <source>Party terms</source>
        <translation>Términos de las partes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="357"/>
        <source>Term for the providing side</source>
        <translation>Término para el lado que presta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="359"/>
        <source>How the contract refers to the party or parties that provide the service, with its article, in the contract&apos;s language: e.g. &apos;the Provider&apos;, &apos;IT&apos;, &apos;el Equipo de Sistemas&apos;. Empty: the default for the kind of agreement (the Provider; the Service Team for internal agreements; the Company for onboarding).</source>
        <translation>Cómo se refiere el contrato a la parte o partes que prestan el servicio, con su artículo y en el idioma del contrato: p. ej. «el Proveedor», «IT», «el Equipo de Sistemas». Vacío: el término por defecto del tipo de acuerdo (el Proveedor; el Equipo Prestador en los acuerdos internos; la Empresa en las incorporaciones).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="364"/>
        <source>Term for the receiving side</source>
        <translation>Término para el lado que recibe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="366"/>
        <source>How the contract refers to the party or parties that receive the service, with its article: e.g. &apos;the Customer&apos;, &apos;the New Hire&apos;, &apos;la Nueva Incorporación&apos;. Empty: the default for the kind of agreement (the Customer; the Requesting Team for internal agreements; the New Hire for onboarding).</source>
        <translation>Cómo se refiere el contrato a la parte o partes que reciben el servicio, con su artículo: p. ej. «el Cliente», «la Nueva Incorporación». Vacío: el término por defecto del tipo de acuerdo (el Cliente; el Equipo Solicitante en los acuerdos internos; la Nueva Incorporación en las incorporaciones).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="371"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="373"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="375"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="377"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="379"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="381"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="383"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="385"/>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="387"/>
        <source>Parts of the service that are covered.</source>
        <translation>Partes del servicio que están cubiertas.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="389"/>
        <source>Support channel</source>
        <translation>Canal de soporte</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="391"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="405"/>
        <source>Email address, phone number or portal URL.</source>
        <translation>Dirección de correo electrónico, número de teléfono o URL del portal.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="407"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="409"/>
        <source>When the channel is staffed, e.g. &apos;Mon–Fri 09:00–18:00&apos;.</source>
        <translation>Cuándo está atendido el canal, p. ej. &apos;lun–vie 09:00–18:00&apos;.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="411"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="413"/>
        <source>Business calendar that gives the channel&apos;s hours.</source>
        <translation>Calendario laborable que fija el horario del canal.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="415"/>
        <source>Responsibility</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="417"/>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="419"/>
        <source>IDs of the parties that carry this duty.</source>
        <translation>ID de las partes que asumen esta obligación.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="421"/>
        <source>A plain duty, or a customer obligation that must be met for service credits to apply.</source>
        <translation>Una obligación simple, o una obligación del cliente que debe cumplirse para que se apliquen los créditos de servicio.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="430"/>
        <source>Business calendar</source>
        <translation>Calendario laborable</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="432"/>
        <source>IANA time zone name, e.g. Europe/Madrid.</source>
        <translation>Nombre de zona horaria IANA, p. ej. Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="434"/>
        <source>Working hours</source>
        <translation>Horario laborable</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="436"/>
        <source>Public holidays of</source>
        <translation>Festivos de</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="438"/>
        <source>ISO 3166 country code whose public holidays are closed days, e.g. ES.</source>
        <translation>Código de país ISO 3166 cuyos días festivos no son laborables, p. ej. ES.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="91"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="442"/>
        <source>Subdivision for regional holidays, e.g. MD for Madrid.</source>
        <translation>Subdivisión para los festivos regionales, p. ej. MD para Madrid.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="444"/>
        <source>Extra closure days</source>
        <translation>Días de cierre adicionales</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="446"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="448"/>
        <source>Short name, e.g. P1 or Urgent.</source>
        <translation>Nombre corto, p. ej. P1 o Urgente.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="450"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="452"/>
        <source>Which requests get this priority.</source>
        <translation>Qué solicitudes reciben esta prioridad.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="454"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="456"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="478"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="480"/>
        <source>Targets per priority</source>
        <translation>Metas por prioridad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="482"/>
        <source>Different targets for each priority; when set they replace the main target for tickets of that priority.</source>
        <translation>Metas distintas para cada prioridad; cuando se indican, sustituyen a la meta principal para los tickets de esa prioridad.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="487"/>
        <source>Share that must meet the target (%)</source>
        <translation>Proporción que debe cumplir la meta (%)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="489"/>
        <source>For targets that each ticket or lead must meet: the share of them in the window that must meet it, e.g. 95 %. Empty means every one.</source>
        <translation>Para metas que debe cumplir cada ticket o lead: la proporción de ellos en el periodo que debe cumplirla, p. ej. 95 %. Vacío significa todos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="494"/>
        <source>The volume is</source>
        <translation>El volumen es</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="496"/>
        <source>For a volume target (a count or an amount): a capacity is a ceiling the provider absorbs (&apos;up to 500 tickets a month&apos;), so fewer is never a breach and more is not one either; a commitment is a floor (&apos;$100,000 of opportunities a month&apos;), so less is a breach.</source>
        <translation>Para un objetivo de volumen (un número o un importe): una capacidad es un techo que el proveedor absorbe («hasta 500 tickets al mes»), así que un volumen menor nunca es un incumplimiento y uno mayor tampoco; un compromiso es un mínimo («100.000 USD en oportunidades al mes»), así que un volumen menor es un incumplimiento.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="501"/>
        <source>Capacity</source>
        <comment>VolumeKind</comment>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="503"/>
        <source>Commitment</source>
        <comment>VolumeKind</comment>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="505"/>
        <source>Targets suspended above the capacity</source>
        <translation>Objetivos suspendidos por encima de la capacidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="507"/>
        <source>For a ticket capacity: IDs of the objectives whose targets do not apply to the tickets beyond the capacity in a period (the latest created).</source>
        <translation>Para una capacidad de tickets: ID de los objetivos que no se aplican a los tickets que superan la capacidad en un periodo (los creados más tarde).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="512"/>
        <source>For priorities</source>
        <translation>Para las prioridades</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="514"/>
        <source>The priorities whose targets are suspended above the capacity; empty means all.</source>
        <translation>Las prioridades cuyos objetivos se suspenden por encima de la capacidad; vacío significa todas.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="518"/>
        <source>Measured over</source>
        <translation>Periodo de medición</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="520"/>
        <source>Business calendar the clock runs on; empty means 24×7.</source>
        <translation>Calendario laborable en el que corre el cómputo del tiempo; vacío significa 24×7.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="522"/>
        <source>Clock rules</source>
        <translation>Cómputo del tiempo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="524"/>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="526"/>
        <source>Where the measurements come from.</source>
        <translation>De dónde proceden las mediciones.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="528"/>
        <source>Measurement method</source>
        <translation>Método de medición</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="530"/>
        <source>How the value is computed from the data.</source>
        <translation>Cómo se calcula el valor a partir de los datos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="532"/>
        <source>Downtime definition</source>
        <translation>Definición de tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="534"/>
        <source>For availability: what counts as a minute of downtime.</source>
        <translation>Para la disponibilidad: qué cuenta como un minuto de inactividad.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="536"/>
        <source>Reported</source>
        <translation>Frecuencia de informe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="546"/>
        <source>Responsible party</source>
        <translation>Parte responsable</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="548"/>
        <source>ID of the party that must meet it.</source>
        <translation>ID de la parte que debe cumplirlo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="550"/>
        <source>Internal target</source>
        <translation>Meta interna</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="552"/>
        <source>A stricter target the provider aims for internally; not contractual.</source>
        <translation>Una meta más exigente que el proveedor persigue internamente; no es contractual.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="556"/>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="558"/>
        <source>Maintenance window</source>
        <translation>Ventana de mantenimiento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="560"/>
        <source>e.g. &apos;Sundays 02:00–06:00 CET&apos;.</source>
        <translation>p. ej. &apos;domingos 02:00–06:00 CET&apos;.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="562"/>
        <source>Notice period</source>
        <translation>Plazo de preaviso</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="564"/>
        <source>How long before maintenance it is announced.</source>
        <translation>Con cuánta antelación se anuncia el mantenimiento.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="566"/>
        <source>Most per month</source>
        <translation>Máximo al mes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="568"/>
        <source>Upper limit of scheduled maintenance a month.</source>
        <translation>Límite máximo de mantenimiento programado al mes.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="570"/>
        <source>Not counted as downtime</source>
        <translation>No computa como inactividad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="572"/>
        <source>Announced maintenance inside the window does not count as downtime.</source>
        <translation>El mantenimiento anunciado dentro de la ventana no computa como tiempo de inactividad.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="576"/>
        <source>Exclusion</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="594"/>
        <source>Credit tier</source>
        <translation>Tramo de crédito</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="596"/>
        <source>ID of the objective.</source>
        <translation>ID del objetivo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="598"/>
        <source>Attainment below (%)</source>
        <translation>Cumplimiento inferior a (%)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="600"/>
        <source>The tier applies when attainment is below this.</source>
        <translation>El tramo se aplica cuando el cumplimiento es inferior a este valor.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="602"/>
        <source>Attainment at least (%)</source>
        <translation>Cumplimiento de al menos (%)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="604"/>
        <source>…and at least this (0 for the last tier).</source>
        <translation>…y de al menos este valor (0 para el último tramo).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="606"/>
        <source>Credit (% of monthly fee)</source>
        <translation>Crédito (% de la cuota mensual)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="608"/>
        <source>Share of the monthly fee for the affected service credited to the customer.</source>
        <translation>Porcentaje de la cuota mensual del servicio afectado que se abona al cliente.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="612"/>
        <source>Claim deadline (days after the period)</source>
        <translation>Plazo de reclamación (días tras el periodo)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="614"/>
        <source>Days after the end of the measurement period within which a claim is made.</source>
        <translation>Días tras el final del periodo de medición en los que debe presentarse la reclamación.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="618"/>
        <source>A claim must include</source>
        <translation>Una reclamación debe incluir</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="620"/>
        <source>How credits are paid</source>
        <translation>Forma de abono de los créditos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="622"/>
        <source>Against future invoices (usual) or refunded.</source>
        <translation>Con cargo a futuras facturas (lo habitual) o mediante reembolso.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="628"/>
        <source>Credit applied within (days)</source>
        <translation>Crédito aplicado en un plazo de (días)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="630"/>
        <source>Days after a claim is accepted within which the credit is applied to an invoice or refunded.</source>
        <translation>Días desde la aceptación de una reclamación en los que el crédito se aplica a una factura o se reembolsa.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="635"/>
        <source>Unused credits lapse</source>
        <translation>Los créditos no usados caducan</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="637"/>
        <source>When credits not yet used lapse: when this agreement ends, when the order form they were earned under ends, or never.</source>
        <translation>Cuándo caducan los créditos aún no aplicados: al terminar este acuerdo, al terminar el formulario de pedido en que se generaron, o nunca.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="642"/>
        <source>Agreement end</source>
        <comment>CreditExpiry</comment>
        <translation>Al terminar el acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="644"/>
        <source>Order form end</source>
        <comment>CreditExpiry</comment>
        <translation>Al terminar el formulario de pedido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="646"/>
        <source>Never</source>
        <comment>CreditExpiry</comment>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="648"/>
        <source>Escalation level</source>
        <translation>Nivel de escalado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="650"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="652"/>
        <source>e.g. &apos;Service manager&apos;.</source>
        <translation>p. ej. &apos;Responsable del servicio&apos;.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="654"/>
        <source>Escalate after</source>
        <translation>Escalar tras</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="656"/>
        <source>Time without resolution before this level.</source>
        <translation>Tiempo sin resolución antes de pasar a este nivel.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="658"/>
        <source>Escalate at (% of the time allowed)</source>
        <translation>Escalar al (% del tiempo permitido)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="660"/>
        <source>Instead of a fixed time: escalate when this share of the objective&apos;s target time has passed, e.g. 50 or 100. Use either this or &apos;Escalate after&apos;.</source>
        <translation>En lugar de un tiempo fijo: escalar cuando haya pasado esta proporción del tiempo que permite el objetivo, p. ej. 50 o 100. Use esto o «Escalar tras», no ambos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="665"/>
        <source>For objectives</source>
        <translation>Para los objetivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="667"/>
        <source>IDs of the objectives this level covers; empty means all.</source>
        <translation>ID de los objetivos que cubre este nivel; vacío significa todos.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="669"/>
        <source>Missed periods</source>
        <translation>Periodos incumplidos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="671"/>
        <source>Out of consecutive periods</source>
        <translation>De periodos consecutivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="673"/>
        <source>Remedy</source>
        <translation>Remedio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="675"/>
        <source>What the customer may then do.</source>
        <translation>Qué puede hacer entonces el cliente.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="677"/>
        <source>Report every</source>
        <translation>Informe cada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="679"/>
        <source>Report contents</source>
        <translation>Contenido del informe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="681"/>
        <source>Sent to</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="683"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="685"/>
        <source>Review every</source>
        <translation>Revisión cada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="687"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="689"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="691"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="157"/>
        <source>Defined term</source>
        <translation>Término definido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="93"/>
        <source>Two-letter country code (GB, US, ES, MX…) whose conventions the contract follows for dates, numbers and money, in its language. Empty: the country of the time zone, or else of the currency, when the language is spoken there officially; otherwise the language&apos;s usual conventions.</source>
        <translation>Código de país de dos letras (GB, US, ES, MX…) cuyas convenciones sigue el contrato, en su idioma, para fechas, números e importes. Vacío: el país de la zona horaria o, si no, el de la moneda, cuando el idioma es oficial allí; en otro caso, las convenciones habituales del idioma.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="159"/>
        <source>What the contract calls this party, with its article, when it differs from its side&apos;s term: e.g. &apos;the Hiring Team&apos; beside &apos;the New Hire&apos;. Empty: the term for its side (Agreement › Defined terms for the parties).</source>
        <translation>Cómo llama el contrato a esta parte, con su artículo, cuando no coincide con el término de su lado: p. ej. «el Equipo de Contratación» junto a «la Nueva Incorporación». Vacío: el término de su lado (Acuerdo › Términos definidos para las partes).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="693"/>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="695"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="697"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="721"/>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="723"/>
        <source>ID of the party the person signs for.</source>
        <translation>ID de la parte en cuyo nombre firma la persona.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="725"/>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="727"/>
        <source>e.g. Legal review.</source>
        <translation>p. ej. Revisión jurídica.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="729"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="731"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="733"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="735"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="737"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="739"/>
        <source>Summary of changes</source>
        <translation>Resumen de los cambios</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="741"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="743"/>
        <source>Fingerprint of that revision&apos;s agreement.</source>
        <translation>Huella del acuerdo en esa revisión.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="745"/>
        <source>Sign off record</source>
        <translation>Registro de conformidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="747"/>
        <source>ID of the signatory.</source>
        <translation>ID del firmante.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="749"/>
        <source>ID of the party the person signed for.</source>
        <translation>ID de la parte en cuyo nombre firmó la persona.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="751"/>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="753"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="755"/>
        <source>Signed in ink, signed digitally, or an approval recorded on their behalf.</source>
        <translation>Firmado a mano, firmado digitalmente o aprobación registrada en su nombre.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="765"/>
        <source>Lifecycle event</source>
        <translation>Evento del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="767"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="769"/>
        <source>Date and time of the event (UTC).</source>
        <translation>Fecha y hora del evento (UTC).</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="771"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="773"/>
        <source>Who made the change.</source>
        <translation>Quién hizo el cambio.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="775"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="785"/>
        <source>Status after the event</source>
        <translation>Estado tras el evento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="787"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="789"/>
        <source>Content hash</source>
        <translation>Hash del contenido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="791"/>
        <source>SHA-256 of the agreement (without the audit log) after the event.</source>
        <translation>SHA-256 del acuerdo (sin el registro de auditoría) tras el evento.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="793"/>
        <source>Previous entry hash</source>
        <translation>Hash de la entrada anterior</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="795"/>
        <source>SHA-256 of the entry before this one; empty for the first entry.</source>
        <translation>SHA-256 de la entrada anterior a esta; vacío para la primera entrada.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="797"/>
        <source>Working period</source>
        <translation>Franja laborable</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="799"/>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="815"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="817"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="819"/>
        <source>Comparator</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="829"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="831"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="853"/>
        <source>Best effort</source>
        <translation>Mejor esfuerzo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="855"/>
        <source>No target applies to this priority: requests of it are handled with reasonable efforts and are not measured. Leave the target empty.</source>
        <translation>No se aplica ningún objetivo a esta prioridad: sus solicitudes se atienden con esfuerzos razonables y no se miden. Deje vacío el objetivo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="860"/>
        <source>The target for this priority; empty for best effort.</source>
        <translation>El objetivo de esta prioridad; vacío para mejor esfuerzo.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="874"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="896"/>
        <source>Agreement file</source>
        <translation>Archivo del acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="898"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="900"/>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="904"/>
        <source>Tier</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="906"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="918"/>
        <source>Period</source>
        <translation>Franja</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="920"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="922"/>
        <source>use lowercase letters, digits and hyphens (e.g. p1-first-response)</source>
        <translation>use minúsculas, cifras y guiones (p. ej. p1-first-response)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="926"/>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation>el texto debe seguir el patrón «{pattern}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="928"/>
        <source>String should have at most {max_length} characters</source>
        <translation>escriba como máximo {max_length} caracteres</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="930"/>
        <source>String should have at most {max_length} character</source>
        <translation>escriba como máximo {max_length} carácter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="932"/>
        <source>String should have at least {min_length} characters</source>
        <translation>escriba al menos {min_length} caracteres</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="934"/>
        <source>String should have at least {min_length} character</source>
        <translation>escriba al menos {min_length} carácter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="936"/>
        <source>List should have at most {max_length} items after validation, not {actual_length}</source>
        <translation>la lista admite como máximo {max_length} elementos y tiene {actual_length}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="940"/>
        <source>List should have at most {max_length} item after validation, not {actual_length}</source>
        <translation>la lista admite como máximo {max_length} elemento y tiene {actual_length}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="944"/>
        <source>List should have at least {min_length} items after validation, not {actual_length}</source>
        <translation>la lista necesita al menos {min_length} elementos y tiene {actual_length}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="949"/>
        <source>List should have at least {min_length} item after validation, not {actual_length}</source>
        <translation>la lista necesita al menos {min_length} elemento y tiene {actual_length}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="953"/>
        <source>Field required</source>
        <translation>este campo es obligatorio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="955"/>
        <source>Input should be a valid string</source>
        <translation>escriba un texto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="957"/>
        <source>Input should be a valid string, unable to parse raw data as a unicode string</source>
        <translation>escriba un texto Unicode válido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="961"/>
        <source>Input should be a valid integer</source>
        <translation>escriba un número entero</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="963"/>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>escriba un número entero</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="967"/>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>escriba un número entero, sin decimales</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="971"/>
        <source>Input should be a valid decimal</source>
        <translation>escriba un número</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="973"/>
        <source>Decimal input should be an integer, float, string or Decimal object</source>
        <translation>escriba un número</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="977"/>
        <source>Input should be a finite number</source>
        <translation>escriba un número finito</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="979"/>
        <source>Decimal input should have no more than {max_digits} digits in total</source>
        <translation>escriba como máximo {max_digits} cifras en total</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="983"/>
        <source>Decimal input should have no more than {max_digits} digit in total</source>
        <translation>escriba como máximo {max_digits} cifra en total</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="987"/>
        <source>Decimal input should have no more than {decimal_places} decimal places</source>
        <translation>escriba como máximo {decimal_places} decimales</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="991"/>
        <source>Decimal input should have no more than {decimal_places} decimal place</source>
        <translation>escriba como máximo {decimal_places} decimal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="995"/>
        <source>Decimal input should have no more than {whole_digits} digits before the decimal point</source>
        <translation>escriba como máximo {whole_digits} cifras antes del punto decimal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1000"/>
        <source>Decimal input should have no more than {whole_digits} digit before the decimal point</source>
        <translation>escriba como máximo {whole_digits} cifra antes del punto decimal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1005"/>
        <source>Input should be greater than {gt}</source>
        <translation>debe ser mayor que {gt}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1007"/>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>el mínimo es {ge}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1009"/>
        <source>Input should be less than {lt}</source>
        <translation>debe ser menor que {lt}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1011"/>
        <source>Input should be less than or equal to {le}</source>
        <translation>el máximo es {le}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1013"/>
        <source>Input should be a valid date</source>
        <translation>escriba una fecha válida</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1015"/>
        <source>Input should be a valid date in the format YYYY-MM-DD, {error}</source>
        <translation>escriba una fecha válida con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1017"/>
        <source>Input should be a valid date or datetime, {error}</source>
        <translation>escriba una fecha válida con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1019"/>
        <source>Datetimes provided to dates should have zero time - e.g. be exact dates</source>
        <translation>escriba solo la fecha, sin hora</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1023"/>
        <source>Input should be a valid time</source>
        <translation>escriba una hora válida</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1025"/>
        <source>Input should be in a valid time format, {error}</source>
        <translation>escriba una hora válida con el formato HH:MM</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1027"/>
        <source>Input should be {expected}</source>
        <translation>elija una de estas opciones: {expected}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1029"/>
        <source>Input should be {choices} or {last}</source>
        <translation>elija una de estas opciones: {choices} o {last}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1031"/>
        <source>Input should be a valid boolean</source>
        <translation>indique sí o no</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1033"/>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>indique sí o no</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1035"/>
        <source>Extra inputs are not permitted</source>
        <translation>este campo no está permitido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1037"/>
        <source>Input should be a valid list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1039"/>
        <source>Input should be a valid dictionary or instance of {class_name}</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1041"/>
        <source>no public holidays are known for country &apos;{country}&apos;; check the country and region codes</source>
        <translation>no se conocen festivos para el país «{country}»; compruebe los códigos de país y de región</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1046"/>
        <source>no public holidays are known for country &apos;{country}&apos;, region &apos;{region}&apos;; check the country and region codes</source>
        <translation>no se conocen festivos para el país «{country}», región «{region}»; compruebe los códigos de país y de región</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1051"/>
        <source>the calendar &apos;{calendar}&apos; has no working time in the {years} years after this moment; give it working hours</source>
        <translation>el calendario «{calendar}» no tiene tiempo laborable en los {years} años siguientes a este momento; asígnele un horario laborable</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1056"/>
        <source>the calendar &apos;{calendar}&apos; has no working days; give it hours</source>
        <translation>el calendario «{calendar}» no tiene días laborables; asígnele un horario</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1058"/>
        <source>there is no business calendar with ID &apos;{calendar}&apos;</source>
        <translation>no existe ningún calendario laborable con el ID «{calendar}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1060"/>
        <source>objective &apos;{objective}&apos;: {value} business days must be whole</source>
        <translation>objetivo «{objective}»: los días hábiles deben ser un número entero, no {value}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1330"/>
        <source>the agreement is signed and cannot be changed; start a new revision to change it</source>
        <translation>el acuerdo está firmado y no se puede modificar; para cambiarlo, inicie una nueva revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1334"/>
        <source>the agreement is superseded and cannot be changed</source>
        <translation>el acuerdo está sustituido y no se puede modificar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1336"/>
        <source>the time of a lifecycle event must carry a time zone</source>
        <translation>la hora de un evento del ciclo de vida debe indicar su zona horaria</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1338"/>
        <source>say who makes the change (a name)</source>
        <translation>indique quién hace el cambio (un nombre)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1340"/>
        <source>the agreement is already {status}</source>
        <translation>el acuerdo ya tiene el estado «{status}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1342"/>
        <source>an agreement that is {current} cannot become {status}; allowed: {allowed}</source>
        <translation>un acuerdo en estado «{current}» no puede pasar a «{status}»; estados permitidos: {allowed}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1346"/>
        <source>an agreement that is {current} cannot become {status}; allowed: {allowed} (start a new revision to change a signed agreement)</source>
        <translation>un acuerdo en estado «{current}» no puede pasar a «{status}»; estados permitidos: {allowed} (para cambiar un acuerdo firmado, inicie una nueva revisión)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1351"/>
        <source>an agreement that is {current} cannot become {status}; allowed: none (start a new revision to change a signed agreement)</source>
        <translation>un acuerdo en estado «{current}» no puede pasar a «{status}» ni a ningún otro estado (para cambiar un acuerdo firmado, inicie una nueva revisión)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1356"/>
        <source>nobody is named to sign; add the signatories first</source>
        <translation>no hay ningún firmante; añada primero los firmantes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1358"/>
        <source>record the sign-off of every signatory before marking the agreement signed; missing: {missing}</source>
        <translation>registre la conformidad de todos los firmantes antes de marcar el acuerdo como firmado; faltan: {missing}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1363"/>
        <source>an approval needs what was approved (e.g. Legal review) and by whom</source>
        <translation>una aprobación necesita qué se aprobó (p. ej., revisión jurídica) y quién lo aprobó</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1367"/>
        <source>an approval cannot be dated {date}, after the day it is recorded ({today})</source>
        <translation>una aprobación no puede llevar fecha {date}, posterior al día en que se registra ({today})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1371"/>
        <source>a sign-off cannot be dated {date}, after the day it is recorded ({today})</source>
        <translation>una conformidad no puede llevar fecha {date}, posterior al día en que se registra ({today})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1375"/>
        <source>sign-offs are recorded on an approved agreement; approve it first</source>
        <translation>las conformidades se registran sobre un acuerdo aprobado; apruébelo primero</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1377"/>
        <source>the agreement is already signed; start a new revision to sign again</source>
        <translation>el acuerdo ya está firmado; para volver a firmarlo, inicie una nueva revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1381"/>
        <source>no signatory &apos;{key}&apos;; the signatories are: {names}</source>
        <translation>no existe el firmante «{key}»; los firmantes son: {names}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1383"/>
        <source>no signatory &apos;{key}&apos;; the signatories are: none</source>
        <translation>no existe el firmante «{key}»; no hay ningún firmante</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1385"/>
        <source>a draft is edited as it is; a new revision starts from an agreement in review, approved or signed</source>
        <translation>un borrador se edita directamente; una nueva revisión parte de un acuerdo en revisión, aprobado o firmado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1390"/>
        <source>a superseded agreement cannot be revised</source>
        <translation>un acuerdo sustituido no se puede revisar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1392"/>
        <source>the agreement is signed but has no audit log</source>
        <translation>el acuerdo está firmado, pero no tiene registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1394"/>
        <source>the first entry points at an earlier one: entries were removed from the start of the audit log</source>
        <translation>la primera entrada remite a otra anterior: se eliminaron entradas del principio del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1399"/>
        <source>entry {entry} does not follow from entry {previous}: the audit log was edited (an entry changed, removed or reordered)</source>
        <translation>la entrada {entry} no sigue a la entrada {previous}: el registro de auditoría se ha editado (se cambió, eliminó o reordenó una entrada)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1404"/>
        <source>the status is {status} but the audit log&apos;s last entry says {logged}: the status was changed outside slawriter</source>
        <translation>el estado es «{status}», pero la última entrada del registro de auditoría indica «{logged}»: el estado se cambió fuera de slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1419"/>
        <source>the version is {version} but the audit log&apos;s last entry says {logged}: the version was changed outside slawriter</source>
        <translation>la versión es {version}, pero la última entrada del registro de auditoría indica {logged}: la versión se cambió fuera de slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1424"/>
        <source>the agreement was changed after it became {status} ({at} UTC by {by}); signed text must not change — start a new revision</source>
        <translation>el acuerdo se modificó después de pasar a «{status}» ({at} UTC, por {by}); el texto firmado no debe cambiar: inicie una nueva revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1429"/>
        <source>the agreement changed after its last recorded event ({date} by {by}); the approval applies to the earlier text — send it for review again</source>
        <translation>el acuerdo cambió después de su último evento registrado ({date}, por {by}); la aprobación se refiere al texto anterior: envíelo de nuevo a revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1116"/>
        <source>the agreement has no title</source>
        <translation>el acuerdo no tiene título</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="699"/>
        <source>Placed in</source>
        <translation>Situada en</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="701"/>
        <source>The section of the contract the clause goes in: scope, limitations, breach consequences, or the additional clauses.</source>
        <translation>La sección del contrato en la que va la cláusula: alcance, limitaciones, consecuencias del incumplimiento o las cláusulas adicionales.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="706"/>
        <source>Scope</source>
        <comment>ClausePlacement</comment>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="708"/>
        <source>Limitations</source>
        <comment>ClausePlacement</comment>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="710"/>
        <source>Consequences</source>
        <comment>ClausePlacement</comment>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="712"/>
        <source>Additional</source>
        <comment>ClausePlacement</comment>
        <translation>Cláusulas adicionales</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="714"/>
        <source>Uses placeholders</source>
        <translation>Usa marcadores</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="716"/>
        <source>The heading and text name agreement values in braces, e.g. {provider}, {effective_date} or {target:uptime}; the contract shows the values. {{ and }} are a brace.</source>
        <translation>El título y el texto nombran valores del acuerdo entre llaves, p. ej. {provider}, {effective_date} o {target:uptime}; el contrato muestra los valores. {{ y }} son una llave.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="902"/>
        <source>From the library</source>
        <translation>De la biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="908"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="910"/>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="912"/>
        <source>Library entry</source>
        <translation>Entrada de biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="914"/>
        <source>Entry version</source>
        <translation>Versión de la entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="916"/>
        <source>Item version</source>
        <translation>Versión del elemento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1062"/>
        <source>the clause &apos;{clause}&apos; uses the unknown placeholder {placeholder}; known: {known}</source>
        <translation>la cláusula «{clause}» usa el marcador desconocido {placeholder}; se conocen: {known}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1066"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the agreement has no objective &apos;{value}&apos;</source>
        <translation>la cláusula «{clause}» usa {placeholder}, pero el acuerdo no tiene ningún objetivo «{value}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1071"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder} without an objective&apos;s ID</source>
        <translation>la cláusula «{clause}» usa {placeholder} sin el ID de un objetivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1075"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, which takes no ID</source>
        <translation>la cláusula «{clause}» usa {placeholder}, que no lleva ID</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1077"/>
        <source>the clause &apos;{clause}&apos; has a lone &apos;{brace}&apos;; write {{{{ or }}}} for a brace in the text</source>
        <translation>la cláusula «{clause}» tiene una «{brace}» suelta; escriba {{{{ o }}}} para poner una llave en el texto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1082"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, which the agreement does not give yet</source>
        <translation>la cláusula «{clause}» usa {placeholder}, que el acuerdo aún no indica</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1086"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, the monthly credit cap, but this agreement caps credits over a longer period only ({cap} of its fees); write that cap in the clause or set a monthly cap</source>
        <translation>la cláusula «{clause}» usa {placeholder}, el límite mensual de créditos, pero este acuerdo limita los créditos solo en un período más largo ({cap} de sus tarifas); escriba ese límite en la cláusula o fije un límite mensual</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1091"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}; only {{target:ID:PRIORITY}} takes a priority</source>
        <translation>la cláusula «{clause}» usa {placeholder}; solo {{target:ID:PRIORITY}} admite una prioridad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1096"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the objective &apos;{value}&apos; has a target per priority ({priorities}); write {{target:{value}:PRIORITY}} for one of them</source>
        <translation>la cláusula «{clause}» usa {placeholder}, pero el objetivo «{value}» tiene un valor por prioridad ({priorities}); escriba {{target:{value}:PRIORITY}} para uno de ellos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1101"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the objective &apos;{value}&apos; has one target for every priority; write {{target:{value}}}</source>
        <translation>la cláusula «{clause}» usa {placeholder}, pero el objetivo «{value}» tiene un mismo valor para todas las prioridades; escriba {{target:{value}}}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1106"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the objective &apos;{value}&apos; has no target for the priority &apos;{priority}&apos;; it has: {priorities}</source>
        <translation>la cláusula «{clause}» usa {placeholder}, pero el objetivo «{value}» no tiene valor para la prioridad «{priority}»; tiene: {priorities}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1111"/>
        <source>the clause &apos;{clause}&apos; uses {placeholder}, but the priority &apos;{priority}&apos; of the objective &apos;{value}&apos; is best effort: no target applies to it</source>
        <translation>la cláusula «{clause}» usa {placeholder}, pero la prioridad «{priority}» del objetivo «{value}» es de mejor esfuerzo: no se le aplica ningún valor objetivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1118"/>
        <source>a credit cap of 0 % means no Service Credit is ever paid, whatever the tiers say; remove the cap or give the most that can be credited</source>
        <translation>un límite de créditos del 0 % significa que nunca se abona ningún Crédito de Servicio, digan lo que digan los tramos; quite el límite o indique el máximo que puede abonarse</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1123"/>
        <source>&apos;{party}&apos; and &apos;{other}&apos; are both called “{term}” in the contract, so its clauses cannot tell them apart; give each party its own defined term</source>
        <translation>En el contrato, «{party}» y «{other}» se denominan ambas «{term}», de modo que sus cláusulas no pueden distinguirlas; dé a cada parte su propio término definido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1128"/>
        <source>no document ID: every page of the contract carries one, so readers can cite it</source>
        <translation>no hay referencia del documento: figura en cada página del contrato para que los lectores puedan citarlo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1132"/>
        <source>no effective date: from when does it apply?</source>
        <translation>no hay fecha de entrada en vigor: ¿desde cuándo se aplica?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1134"/>
        <source>no term and no renewal: the agreement runs until a party ends it</source>
        <translation>sin duración ni renovación: el acuerdo sigue vigente hasta que una parte le ponga fin</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1136"/>
        <source>it renews automatically but says nothing about notice to stop the renewal</source>
        <translation>se renueva automáticamente, pero no indica el preaviso para evitar la renovación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1140"/>
        <source>it renews, but the initial term has no length</source>
        <translation>se renueva, pero no se indica la duración inicial</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1142"/>
        <source>the party has no name</source>
        <translation>la parte no tiene nombre</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1144"/>
        <source>no signatory for {party}: add one in Sign-off</source>
        <translation>no hay firmante para {party}: añada uno en Conformidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1146"/>
        <source>no contact person for {party}</source>
        <translation>no hay persona de contacto para {party}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1148"/>
        <source>no address for {party}: a contract names where each party can be served notice</source>
        <translation>no hay dirección para {party}: un contrato indica dónde se pueden practicar las notificaciones a cada parte</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1152"/>
        <source>every party is a {role}: who provides the service to whom?</source>
        <translation>todas las partes tienen la función «{role}»: ¿quién presta el servicio a quién?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1154"/>
        <source>no service in scope: what does the agreement cover?</source>
        <translation>no hay ningún servicio incluido: ¿qué cubre el acuerdo?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1156"/>
        <source>the service {service} has no description</source>
        <translation>el servicio {service} no tiene descripción</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1158"/>
        <source>nothing is listed as out of scope; naming what is excluded prevents disputes</source>
        <translation>no se indica nada fuera del alcance; nombrar lo que queda excluido evita conflictos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1162"/>
        <source>no support channel: how are requests made?</source>
        <translation>no hay canal de soporte: ¿cómo se hacen las solicitudes?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1164"/>
        <source>no responsibilities for either party</source>
        <translation>ninguna de las partes tiene obligaciones</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1166"/>
        <source>the responsibility has no owner: whose duty is it?</source>
        <translation>la obligación no tiene responsable: ¿a quién corresponde?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1168"/>
        <source>the responsibility is empty</source>
        <translation>la obligación está vacía</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1170"/>
        <source>{party} has no responsibilities; most SLAs bind both sides</source>
        <translation>{party} no tiene obligaciones; la mayoría de los SLA obligan a ambas partes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1172"/>
        <source>credits are offered but no customer obligation is a condition for them</source>
        <translation>se ofrecen créditos, pero ninguna obligación del cliente es condición para recibirlos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1176"/>
        <source>response and resolution times are promised, but nothing says what a request must contain to start the clock</source>
        <translation>se comprometen tiempos de respuesta y de resolución, pero no se indica qué debe contener una solicitud para que empiece el cómputo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1181"/>
        <source>no service level objective: an SLA needs at least one measurable target</source>
        <translation>no hay ningún objetivo de nivel de servicio: un SLA necesita al menos una meta medible</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1185"/>
        <source>the objective has no name</source>
        <translation>el objetivo no tiene nombre</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1187"/>
        <source>&apos;{objective}&apos; does not say how it is measured; without it, attainment can be disputed</source>
        <translation>«{objective}» no indica cómo se mide; sin ello, el cumplimiento puede discutirse</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1192"/>
        <source>&apos;{objective}&apos; has no data source</source>
        <translation>«{objective}» no tiene fuente de datos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1194"/>
        <source>&apos;{objective}&apos; measures availability but does not define downtime</source>
        <translation>«{objective}» mide la disponibilidad, pero no define el tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1196"/>
        <source>&apos;{objective}&apos; does not say which party must meet it</source>
        <translation>«{objective}» no indica qué parte debe cumplirlo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1198"/>
        <source>&apos;{objective}&apos; counts business hours or days but names no business calendar</source>
        <translation>«{objective}» cuenta horas o días hábiles, pero no indica ningún calendario laborable</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1202"/>
        <source>&apos;{objective}&apos; is a time objective: say when the clock starts and stops</source>
        <translation>«{objective}» es un objetivo de tiempo: indique cuándo empieza y cuándo termina el cómputo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1206"/>
        <source>the internal target of &apos;{objective}&apos; is not stricter than the contractual one</source>
        <translation>la meta interna de «{objective}» no es más exigente que la contractual</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1210"/>
        <source>&apos;{objective}&apos; has no target for {priorities}; the main target applies</source>
        <translation>«{objective}» no tiene meta para {priorities}; se aplica la meta principal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1214"/>
        <source>an availability SLA with no exclusions: force majeure, customer-caused outages and scheduled maintenance would all count against the provider</source>
        <translation>un SLA de disponibilidad sin exclusiones: la fuerza mayor, las interrupciones causadas por el cliente y el mantenimiento programado contarían en contra del proveedor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1219"/>
        <source>no scheduled maintenance window: any maintenance will count as downtime</source>
        <translation>no hay ventana de mantenimiento programado: cualquier mantenimiento contará como tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1223"/>
        <source>maintenance has no window</source>
        <translation>el mantenimiento no tiene ventana</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1225"/>
        <source>scheduled maintenance has no notice period</source>
        <translation>el mantenimiento programado no tiene plazo de preaviso</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1227"/>
        <source>the exclusion is empty</source>
        <translation>la exclusión está vacía</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1229"/>
        <source>service credits have no cap: total credits could exceed the fee</source>
        <translation>los créditos de servicio no tienen límite: el total podría superar la cuota</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1231"/>
        <source>service credits are offered but there is no deadline to claim them</source>
        <translation>se ofrecen créditos de servicio, pero no hay plazo para reclamarlos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1235"/>
        <source>nothing says what a credit claim must include</source>
        <translation>no se indica qué debe incluir una reclamación de créditos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1237"/>
        <source>credits are not stated to be the sole remedy for missed objectives</source>
        <translation>no se establece que los créditos sean el único remedio por incumplir los objetivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1241"/>
        <source>money credits between departments of one company rarely change behaviour; consider escalation or a review meeting</source>
        <translation>los créditos económicos entre departamentos de una misma empresa rara vez cambian la forma de actuar; considere el escalado o una reunión de revisión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1246"/>
        <source>the escalation level names nobody to escalate to</source>
        <translation>el nivel de escalado no indica a quién se escala</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1248"/>
        <source>the escalation level does not say when to escalate: set a time or a share of the time allowed</source>
        <translation>el nivel de escalado no dice cuándo escalar: indique un tiempo o una proporción del tiempo permitido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1253"/>
        <source>&apos;{objective}&apos; is a capacity but suspends no target: tickets above it are still measured against every target</source>
        <translation>«{objective}» es una capacidad pero no suspende ningún objetivo: los tickets que la superan se siguen midiendo con todos los objetivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1258"/>
        <source>nothing says how soon an accepted credit is applied</source>
        <translation>no se dice en qué plazo se aplica un crédito aceptado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1260"/>
        <source>nothing happens when an objective is missed: add credits, escalation, a remediation plan or another consequence</source>
        <translation>no ocurre nada cuando se incumple un objetivo: añada créditos, escalado, un plan de corrección u otra consecuencia</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1265"/>
        <source>chronic failure is defined but its remedy (e.g. termination) is not</source>
        <translation>el incumplimiento reiterado está definido, pero su remedio (p. ej., la resolución del contrato) no</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1269"/>
        <source>&apos;{term}&apos; is defined with no meaning</source>
        <translation>se define «{term}» sin ningún significado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1271"/>
        <source>&apos;{term}&apos; is defined but never used in the agreement</source>
        <translation>se define «{term}», pero no se usa en el acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1273"/>
        <source>&apos;{term}&apos; is used as a defined term but has no definition</source>
        <translation>«{term}» se usa como término definido, pero no tiene definición</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1275"/>
        <source>nothing says how the agreement is changed</source>
        <translation>no se indica cómo se modifica el acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1277"/>
        <source>the reports&apos; contents are not listed</source>
        <translation>no se indica el contenido de los informes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1279"/>
        <source>the clause is empty</source>
        <translation>la cláusula está vacía</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1281"/>
        <source>the signatory has no name</source>
        <translation>el firmante no tiene nombre</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1283"/>
        <source>the signatory has no job title</source>
        <translation>el firmante no tiene cargo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1285"/>
        <source>nobody is named to sign the agreement</source>
        <translation>no se indica quién firma el acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1287"/>
        <source>the clause writes {placeholder}, but “Uses placeholders” is off, so the contract prints the braces as they are written; switch it on for the agreement&apos;s value</source>
        <translation>la cláusula escribe {placeholder}, pero «Usa marcadores» está desactivado, así que el contrato imprime las llaves tal como están escritas; actívelo para poner el valor del acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1292"/>
        <source>the text holds invisible direction controls ({controls}), which make the contract show it in another order than it is written; remove them unless a right-to-left name needs them</source>
        <translation>el texto contiene controles de dirección invisibles ({controls}), que hacen que el contrato lo muestre en otro orden del que está escrito; elimínelos salvo que un nombre de derecha a izquierda los necesite</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1297"/>
        <source>uses an older version of the library entry {entry} of the library &apos;{library}&apos;; the library now says: {changes}</source>
        <translation>usa una versión anterior de la entrada {entry} de la biblioteca «{library}»; la biblioteca dice ahora: {changes}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1302"/>
        <source>came from the library entry {entry} of the library &apos;{library}&apos;, which none of the libraries in use holds</source>
        <translation>procede de la entrada {entry} de la biblioteca «{library}», que no está en ninguna de las bibliotecas en uso</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1307"/>
        <source>the library clause {entry} of the library &apos;{library}&apos; has no {language} text; the contract shows it in {other}</source>
        <translation>la cláusula {entry} de la biblioteca «{library}» no tiene texto en {language}; el contrato la muestra en {other}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1312"/>
        <source>the clause is in {other}, as the library clause {entry} of the library &apos;{library}&apos; was inserted, but the agreement is in {language}; update it from the library to put in its {language} text</source>
        <translation>la cláusula está en {other}, como se insertó la cláusula {entry} de la biblioteca «{library}», pero el acuerdo está en {language}; actualícela desde la biblioteca para poner su texto en {language}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1317"/>
        <source>{field}: {ours} → {library}</source>
        <translation>{field}: {ours} → {library}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1319"/>
        <source>{ours} → {library}</source>
        <translation>{ours} → {library}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1321"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1323"/>
        <source>the same as this item</source>
        <translation>lo mismo que este elemento</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1325"/>
        <source>the credit tier {tier} is for the objective &apos;{objective}&apos;, not for this entry&apos;s objective &apos;{item}&apos;</source>
        <translation>el tramo de crédito {tier} es del objetivo «{objective}», no del objetivo de esta entrada, «{item}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1409"/>
        <source>the text changed after {approvals} approved it: that approval is of the earlier text, and this one is of the text as it is now</source>
        <translation>el texto cambió después de que {approvals} lo aprobara: esa aprobación es del texto anterior, y esta es del texto tal como está ahora</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1414"/>
        <source>{problem}; nothing is added to an audit log that is not what slawriter wrote — restore the file from a copy or from git</source>
        <translation>{problem}; no se añade nada a un registro de auditoría que no es el que escribió slawriter: restaure el archivo desde una copia o desde git</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1434"/>
        <source>an agreement needs at least two parties; it has {count}</source>
        <translation>un acuerdo necesita al menos dos partes; este tiene {count}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1436"/>
        <source>party ID &apos;{value}&apos; is used twice; each party ID must be unique</source>
        <translation>el ID de parte «{value}» se usa dos veces; cada ID de parte debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1438"/>
        <source>service ID &apos;{value}&apos; is used twice; each service ID must be unique</source>
        <translation>el ID de servicio «{value}» se usa dos veces; cada ID de servicio debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1442"/>
        <source>responsibility ID &apos;{value}&apos; is used twice; each responsibility ID must be unique</source>
        <translation>el ID de obligación «{value}» se usa dos veces; cada ID de obligación debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1446"/>
        <source>calendar ID &apos;{value}&apos; is used twice; each calendar ID must be unique</source>
        <translation>el ID de calendario «{value}» se usa dos veces; cada ID de calendario debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1450"/>
        <source>priority ID &apos;{value}&apos; is used twice; each priority ID must be unique</source>
        <translation>el ID de prioridad «{value}» se usa dos veces; cada ID de prioridad debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1454"/>
        <source>objective ID &apos;{value}&apos; is used twice; each objective ID must be unique</source>
        <translation>el ID de objetivo «{value}» se usa dos veces; cada ID de objetivo debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1458"/>
        <source>exclusion ID &apos;{value}&apos; is used twice; each exclusion ID must be unique</source>
        <translation>el ID de exclusión «{value}» se usa dos veces; cada ID de exclusión debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1462"/>
        <source>credit tier ID &apos;{value}&apos; is used twice; each credit tier ID must be unique</source>
        <translation>el ID de tramo de crédito «{value}» se usa dos veces; cada ID de tramo de crédito debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1466"/>
        <source>escalation level ID &apos;{value}&apos; is used twice; each escalation level ID must be unique</source>
        <translation>el ID de nivel de escalado «{value}» se usa dos veces; cada ID de nivel de escalado debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1475"/>
        <source>clause ID &apos;{value}&apos; is used twice; each clause ID must be unique</source>
        <translation>el ID de cláusula «{value}» se usa dos veces; cada ID de cláusula debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1477"/>
        <source>signatory ID &apos;{value}&apos; is used twice; each signatory ID must be unique</source>
        <translation>el ID de firmante «{value}» se usa dos veces; cada ID de firmante debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1481"/>
        <source>priority &apos;{value}&apos; is used twice; each priority must be unique</source>
        <translation>la prioridad «{value}» se usa dos veces; cada prioridad debe ser única</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1483"/>
        <source>refers to calendar &apos;{value}&apos;, which does not exist ({choices})</source>
        <translation>remite al calendario «{value}», que no existe ({choices})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1485"/>
        <source>refers to calendar &apos;{value}&apos;, which does not exist (none defined yet)</source>
        <translation>remite al calendario «{value}», que no existe (aún no hay ninguno definido)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1489"/>
        <source>refers to party &apos;{value}&apos;, which does not exist ({choices})</source>
        <translation>remite a la parte «{value}», que no existe ({choices})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1491"/>
        <source>refers to party &apos;{value}&apos;, which does not exist (none defined yet)</source>
        <translation>remite a la parte «{value}», que no existe (aún no hay ninguna definida)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1495"/>
        <source>refers to priority &apos;{value}&apos;, which does not exist ({choices})</source>
        <translation>remite a la prioridad «{value}», que no existe ({choices})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1497"/>
        <source>refers to priority &apos;{value}&apos;, which does not exist (none defined yet)</source>
        <translation>remite a la prioridad «{value}», que no existe (aún no hay ninguna definida)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1501"/>
        <source>refers to objective &apos;{value}&apos;, which does not exist ({choices})</source>
        <translation>remite al objetivo «{value}», que no existe ({choices})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1503"/>
        <source>refers to objective &apos;{value}&apos;, which does not exist (none defined yet)</source>
        <translation>remite al objetivo «{value}», que no existe (aún no hay ninguno definido)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1507"/>
        <source>no public holidays are known for the country code &apos;{country}&apos;</source>
        <translation>no se conocen festivos para el código de país «{country}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1509"/>
        <source>&apos;{region}&apos; is not a region of {country} with known holidays ({regions})</source>
        <translation>«{region}» no es una región de {country} con festivos conocidos ({regions})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1513"/>
        <source>a holiday region is set without its country</source>
        <translation>se indica una región de festivos sin su país</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1515"/>
        <source>a contract in {language} has no conventions for region &apos;{region}&apos; ({regions}); choose one of those, or leave it empty to follow the time zone</source>
        <translation>un contrato en {language} no tiene convenciones para la región «{region}» ({regions}); elija una de esas o déjelo vacío para seguir la zona horaria</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1520"/>
        <source>working hours end at {end}, not after they start at {start}</source>
        <translation>el horario laborable termina a las {end}, no después de empezar a las {start}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1522"/>
        <source>working hours on {weekday} overlap another period</source>
        <translation>el horario laborable del {weekday} se solapa con otra franja</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1524"/>
        <source>a {metric} target is measured in {units}, not {unit}</source>
        <translation>una meta de {metric} se mide en {units}, no en {unit}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1526"/>
        <source>an availability target must be above 0 % and below 100 %, not {value} %</source>
        <translation>una meta de disponibilidad debe ser superior al 0 % e inferior al 100 %, no {value} %</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1530"/>
        <source>an availability target is a minimum: use &apos;at least&apos;</source>
        <translation>una meta de disponibilidad es un mínimo: use «al menos»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1532"/>
        <source>a percentage must be between 0 and 100, not {value}</source>
        <translation>un porcentaje debe estar entre 0 y 100, no {value}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1534"/>
        <source>a time target must be longer than zero, not {value}</source>
        <translation>una meta de tiempo debe ser mayor que cero, no {value}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1536"/>
        <source>a time target is a maximum: use &apos;at most&apos; or &apos;less than&apos;</source>
        <translation>una meta de tiempo es un máximo: use «como máximo» o «menos de»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1538"/>
        <source>a {unit} target cannot be negative ({value})</source>
        <translation>una meta de {unit} no puede ser negativa ({value})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1540"/>
        <source>a count must be a whole number, not {value}</source>
        <translation>una cantidad debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1542"/>
        <source>a Net Promoter Score lies between -100 and 100, not {value}</source>
        <translation>el Net Promoter Score está entre -100 y 100, no {value}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1544"/>
        <source>the internal target must use the same unit as the target ({unit})</source>
        <translation>la meta interna debe usar la misma unidad que la meta ({unit})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1546"/>
        <source>a rolling window needs its length in days</source>
        <translation>un periodo móvil necesita su duración en días</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1548"/>
        <source>days are only for a rolling window, not a {window} window</source>
        <translation>los días solo se indican en un periodo móvil, no en uno de tipo «{window}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1550"/>
        <source>the band is empty: &apos;at least&apos; ({at_least} %) must be below &apos;below&apos; ({below} %)</source>
        <translation>el intervalo está vacío: «de al menos» ({at_least} %) debe ser menor que «inferior a» ({below} %)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1554"/>
        <source>the tier starts at {below} %, above the objective&apos;s target of {target} %: it would credit a month that met the target</source>
        <translation>el tramo empieza en {below} %, por encima de la meta del objetivo ({target} %): daría crédito por un mes que cumplió la meta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1559"/>
        <source>tiers must be listed from the highest attainment down: {below} % comes after {previous} %</source>
        <translation>los tramos deben ordenarse de mayor a menor cumplimiento: {below} % va después de {previous} %</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1564"/>
        <source>the band {at_least}–{below} % overlaps the band {other_at_least}–{other_below} % above it</source>
        <translation>el intervalo {at_least}–{below} % se solapa con el intervalo {other_at_least}–{other_below} % del tramo anterior</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1569"/>
        <source>a lower band must not earn a smaller credit: {credit} % here after {previous} % for the band above</source>
        <translation>un intervalo más bajo no debe dar un crédito menor: aquí {credit} %, tras {previous} % en el tramo anterior</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1574"/>
        <source>{missed} missed periods cannot happen within {out_of}</source>
        <translation>no pueden incumplirse {missed} periodos de un total de {out_of}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1576"/>
        <source>a best-effort priority has no target: clear the target or turn off best effort</source>
        <translation>una prioridad de mejor esfuerzo no tiene objetivo: borre el objetivo o desactive el mejor esfuerzo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1580"/>
        <source>give this priority a target, or mark it best effort</source>
        <translation>dé un objetivo a esta prioridad o márquela como de mejor esfuerzo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1582"/>
        <source>only a count or an amount can be a capacity or a commitment, not a target in {unit}</source>
        <translation>solo un número o un importe puede ser una capacidad o un compromiso, no un objetivo en {unit}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1587"/>
        <source>say whether this volume is a capacity (a ceiling the provider absorbs) or a commitment (a floor that must be delivered)</source>
        <translation>indique si este volumen es una capacidad (un techo que el proveedor absorbe) o un compromiso (un mínimo que hay que entregar)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1592"/>
        <source>a capacity is a ceiling (&apos;up to {value}&apos;): use &apos;at most&apos; as the comparator</source>
        <translation>una capacidad es un techo («hasta {value}»): use «como máximo» como comparador</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1596"/>
        <source>a commitment is a floor (&apos;at least {value}&apos;): use &apos;at least&apos; as the comparator</source>
        <translation>un compromiso es un mínimo («al menos {value}»): use «al menos» como comparador</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1600"/>
        <source>targets can be suspended above a capacity only: this objective is not a capacity</source>
        <translation>los objetivos solo pueden suspenderse por encima de una capacidad: este objetivo no es una capacidad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1604"/>
        <source>a capacity cannot suspend its own target</source>
        <translation>una capacidad no puede suspender su propio objetivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1606"/>
        <source>&apos;{value}&apos; has no ticket time target to suspend (first response, resolution, implementation or lead follow-up)</source>
        <translation>«{value}» no tiene un objetivo de tiempo por ticket que suspender (primera respuesta, resolución, implantación o seguimiento de leads)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1611"/>
        <source>escalate either after a fixed time or at a share of the time allowed, not both</source>
        <translation>escale tras un tiempo fijo o a una proporción del tiempo permitido, no ambas cosas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1615"/>
        <source>an escalation threshold must be above 0 % of the time allowed, not {value} %</source>
        <translation>un umbral de escalado debe ser mayor que el 0 % del tiempo permitido, no {value} %</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1619"/>
        <source>a threshold as a share of the time allowed needs an objective with a time target; {objectives} has none</source>
        <translation>un umbral como proporción del tiempo permitido necesita un objetivo de tiempo; {objectives} no lo tiene</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1624"/>
        <source>a threshold as a share of the time allowed needs objectives with a time target; this agreement has none</source>
        <translation>un umbral como proporción del tiempo permitido necesita objetivos de tiempo; este acuerdo no tiene ninguno</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1629"/>
        <source>targets per priority are for objectives measured request by request (response, resolution, implementation or follow-up time), not {metric}</source>
        <translation>las metas por prioridad son para objetivos que se miden solicitud a solicitud (tiempo de respuesta, de resolución, de implantación o de seguimiento), no {metric}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1634"/>
        <source>a renewal period is set but the agreement does not renew</source>
        <translation>se indica un periodo de renovación, pero el acuerdo no se renueva</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1636"/>
        <source>&apos;{party}&apos; and &apos;{other}&apos; are on different sides but both called “{term}” in the contract; give each its own defined term</source>
        <translation>«{party}» y «{other}» están en lados distintos, pero en el contrato ambas se denominan «{term}»; dé a cada una su propio término definido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1641"/>
        <source>revision {version} is listed after revision {previous}; list revisions oldest first</source>
        <translation>la revisión {version} figura después de la revisión {previous}; ordene las revisiones de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1646"/>
        <source>revision {version} is newer than the agreement&apos;s version {current}</source>
        <translation>la revisión {version} es posterior a la versión {current} del acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1650"/>
        <source>must be written as a number, not as text</source>
        <translation>debe escribirse como número, no como texto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1652"/>
        <source>must be written as a number, not as true/false</source>
        <translation>debe escribirse como número, no como verdadero/falso</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1654"/>
        <source>must be written as a number, not as a binary float</source>
        <translation>debe escribirse como número, no como número binario de coma flotante</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1656"/>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1658"/>
        <source>&apos;{value}&apos; is not a known IANA time zone; use a name such as &apos;Europe/Madrid&apos; or &apos;UTC&apos;</source>
        <translation>«{value}» no es una zona horaria IANA conocida; use un nombre como «Europe/Madrid» o «UTC»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1663"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code such as EUR or USD</source>
        <translation>«{value}» no es un código de moneda ISO 4217, como EUR o USD</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1665"/>
        <source>&apos;{value}&apos; is not a two-letter ISO 3166 region code such as GB, US, ES or MX; leave it empty to follow the time zone</source>
        <translation>«{value}» no es un código de región ISO 3166 de dos letras como GB, US, ES o MX; déjelo vacío para seguir la zona horaria</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1670"/>
        <source>&apos;{value}&apos; is a currency sign; write its ISO 4217 code, {code}</source>
        <translation>«{value}» es un símbolo de moneda; escriba su código ISO 4217, {code}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1672"/>
        <source>write the currency code in capitals: {code}</source>
        <translation>escriba el código de moneda en mayúsculas: {code}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1674"/>
        <source>must be written as a number with a point for decimals, {number}, not as text</source>
        <translation>debe escribirse como número, con punto decimal, {number}, no como texto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1678"/>
        <source>{value} is not a colour: write it as # and six hexadecimal digits, e.g. #1f4e79</source>
        <translation>{value} no es un color: escríbalo como # y seis dígitos hexadecimales, p. ej. #1f4e79</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1682"/>
        <source>{path}: the logo is not a regular file</source>
        <translation>{path}: el logotipo no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1684"/>
        <source>{path}: the logo is larger than {limit} MB</source>
        <translation>{path}: el logotipo ocupa más de {limit} MB</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1686"/>
        <source>{path}: the logo cannot be read ({reason})</source>
        <translation>{path}: no se puede leer el logotipo ({reason})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1688"/>
        <source>{name} is {size} MB; a logo can be at most {limit} MB</source>
        <translation>{name} ocupa {size} MB; un logotipo puede ocupar {limit} MB como máximo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1690"/>
        <source>{name}: SVG logos with a DOCTYPE or entities are not accepted</source>
        <translation>{name}: no se admiten logotipos SVG con DOCTYPE o entidades</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1692"/>
        <source>{name} is neither a PNG image nor an SVG drawing ({error})</source>
        <translation>{name} no es una imagen PNG ni un dibujo SVG ({error})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1694"/>
        <source>{name} is XML but not an SVG drawing</source>
        <translation>{name} es XML, pero no un dibujo SVG</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1696"/>
        <source>{name} refers to {target}; a logo must be self-contained</source>
        <translation>{name} remite a {target}; un logotipo no puede depender de otros archivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1698"/>
        <source>{name} loads resources from its style sheet</source>
        <translation>{name} carga recursos desde su hoja de estilo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1700"/>
        <source>the logo must be given as bytes, through Branding.create</source>
        <translation>el logotipo debe pasarse como bytes, mediante Branding.create</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1702"/>
        <source>only Word documents exported by slawriter carry their agreement; open the .sla.json file instead</source>
        <translation>solo los documentos de Word exportados por slawriter llevan su acuerdo; abra el archivo .sla.json</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1707"/>
        <source>is a folder, not a Word document</source>
        <translation>es una carpeta, no un documento de Word</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1711"/>
        <source>is not a Word document (.docx)</source>
        <translation>no es un documento de Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1713"/>
        <source>has no slawriter agreement inside</source>
        <translation>no lleva dentro ningún acuerdo de slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1715"/>
        <source>its slawriter agreement part is damaged ({reason})</source>
        <translation>la parte con el acuerdo de slawriter está dañada ({reason})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1717"/>
        <source>there is no style &apos;{style}&apos;; choose one of: {styles}</source>
        <translation>no existe el estilo «{style}»; elija uno de estos: {styles}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1719"/>
        <source>{folder}: the template folder does not exist</source>
        <translation>{folder}: la carpeta de plantillas no existe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1721"/>
        <source>{folder}: not a contract template folder — it has no {main}; start from a copy of slawriter&apos;s templates/ folder</source>
        <translation>{folder}: no es una carpeta de plantillas del contrato, porque no contiene {main}; parta de una copia de la carpeta templates/ de slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1726"/>
        <source>the template has no {name}</source>
        <translation>a la plantilla le falta {name}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1728"/>
        <source>{file}: a style sheet may not contain &apos;&lt;/&apos;</source>
        <translation>{file}: una hoja de estilo no puede contener «&lt;/»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1730"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1732"/>
        <source>{name} (line {line}): {error}</source>
        <translation>{name} (línea {line}): {error}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1734"/>
        <source>only PDFs exported by slawriter carry their agreement; open the .sla.json file instead</source>
        <translation>solo los PDF exportados por slawriter llevan su acuerdo; abra el archivo .sla.json</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1709"/>
        <source>is too large to be a contract exported by slawriter</source>
        <translation>es demasiado grande para ser un contrato exportado por slawriter</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1743"/>
        <source>cannot be read as a PDF ({reason})</source>
        <translation>no se puede leer como PDF ({reason})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1745"/>
        <source>has no {name} attachment</source>
        <translation>no lleva el adjunto {name}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1747"/>
        <source>its {name} is too large to be an agreement</source>
        <translation>su {name} es demasiado grande para ser un acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1749"/>
        <source>its {name} is not UTF-8 text</source>
        <translation>su {name} no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1751"/>
        <source>save it as UTF-8 CSV</source>
        <translation>guárdelo como CSV en UTF-8</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1761"/>
        <source>rename one, or change the column mapping</source>
        <translation>cambie el nombre de una de ellas o los nombres de columna que ha indicado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1763"/>
        <source>check the column mapping for &apos;{name}&apos;</source>
        <translation>revise la correspondencia de columnas de «{name}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1765"/>
        <source>add it, or map your column name to it</source>
        <translation>añádala o indique qué columna suya le corresponde</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1767"/>
        <source>write ISO 8601 with the UTC offset, e.g. 2026-03-02T09:15:00+01:00</source>
        <translation>escríbala en ISO 8601 con la diferencia respecto a UTC, p. ej. 2026-03-02T09:15:00+01:00</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1771"/>
        <source>write start/end in ISO 8601 with the UTC offset</source>
        <translation>escriba inicio/fin en ISO 8601 con la diferencia respecto a UTC</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1773"/>
        <source>write start/end in ISO 8601, several separated by &apos;;&apos;</source>
        <translation>escriba inicio/fin en ISO 8601, separando varios con «;»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1775"/>
        <source>merge them into one interval</source>
        <translation>únalos en un solo intervalo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1777"/>
        <source>write YYYY-MM for a month, YYYY-Qn for a quarter or YYYY for a year</source>
        <translation>escriba AAAA-MM para un mes, AAAA-Qn para un trimestre o AAAA para un año</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1781"/>
        <source>write a plain number such as 104500.50</source>
        <translation>escriba un número sin más, como 104500.50</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1783"/>
        <source>keep one row per objective and period</source>
        <translation>deje una sola fila por objetivo y periodo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1785"/>
        <source>use one of its objective IDs: {objectives}</source>
        <translation>use uno de sus ID de objetivo: {objectives}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1787"/>
        <source>use one of its objective IDs: none</source>
        <translation>use uno de sus ID de objetivo, pero el acuerdo no tiene ninguno</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1789"/>
        <source>remove the row and give the tickets file (--tickets), which is measured per priority</source>
        <translation>quite la fila y dé el fichero de tickets (--tickets), que se mide por prioridad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1794"/>
        <source>use one of {priorities}, or map your priority column</source>
        <translation>use una de estas prioridades: {priorities}, o indique cuál de sus columnas es la de prioridad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1796"/>
        <source>write yes/no, or one of: {reasons}</source>
        <translation>escriba sí/no o uno de estos valores: {reasons}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1798"/>
        <source>write yes/no, or one of: (none listed)</source>
        <translation>escriba sí/no (el acuerdo no enumera ninguna exclusión)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1800"/>
        <source>&apos;{period}&apos; is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation>«{period}» no es un mes; escríbalo como AAAA-MM, p. ej. 2026-03</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1802"/>
        <source>&apos;{period}&apos; is outside the years 1900 to 2200 an agreement can cover</source>
        <translation>«{period}» queda fuera de los años 1900 a 2200 que puede abarcar un acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1806"/>
        <source>&apos;{item}&apos; is not NAME=COLUMN, e.g. created_at=Opened</source>
        <translation>«{item}» no tiene la forma NOMBRE=COLUMNA, p. ej. created_at=Opened</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1808"/>
        <source>&apos;{name}&apos; is not a column slawriter reads; it reads {columns}</source>
        <translation>«{name}» no es una columna que lea slawriter; lee {columns}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1810"/>
        <source>the tickets file does not exist</source>
        <translation>el archivo de tickets no existe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1812"/>
        <source>the incidents file does not exist</source>
        <translation>el archivo de incidencias no existe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1814"/>
        <source>the metrics file does not exist</source>
        <translation>el archivo de métricas no existe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1816"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1818"/>
        <source>is not a regular file (a pipe or a device?); give a CSV file</source>
        <translation>no es un archivo normal (¿una tubería o un dispositivo?); indique un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1822"/>
        <source>is a folder, not an incidents CSV file</source>
        <translation>es una carpeta, no un archivo CSV de incidencias</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1828"/>
        <source>is too large for an incidents file ({size} bytes)</source>
        <translation>es demasiado grande para un archivo de incidencias ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1824"/>
        <source>is a folder, not a metrics CSV file</source>
        <translation>es una carpeta, no un archivo CSV de métricas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1471"/>
        <source>defined term &apos;{value}&apos; is defined twice; each defined term must be unique</source>
        <translation>el término definido «{value}» está definido dos veces; cada término definido debe ser único</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1826"/>
        <source>is too large for a tickets file ({size} bytes)</source>
        <translation>es demasiado grande para un archivo de tickets ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1830"/>
        <source>is too large for a metrics file ({size} bytes)</source>
        <translation>es demasiado grande para un archivo de métricas ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1832"/>
        <source>is not a readable CSV file ({error})</source>
        <translation>no es un archivo CSV legible ({error})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1847"/>
        <source>two columns of the tickets file would both be read as &apos;{column}&apos;</source>
        <translation>dos columnas del archivo de tickets se leerían como «{column}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1849"/>
        <source>two columns of the incidents file would both be read as &apos;{column}&apos;</source>
        <translation>dos columnas del archivo de incidencias se leerían como «{column}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1853"/>
        <source>two columns of the metrics file would both be read as &apos;{column}&apos;</source>
        <translation>dos columnas del archivo de métricas se leerían como «{column}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1855"/>
        <source>the tickets file has no &apos;{column}&apos; column (its columns: {columns})</source>
        <translation>el archivo de tickets no tiene la columna «{column}» (sus columnas: {columns})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1859"/>
        <source>the incidents file has no &apos;{column}&apos; column (its columns: {columns})</source>
        <translation>el archivo de incidencias no tiene la columna «{column}» (sus columnas: {columns})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1863"/>
        <source>the metrics file has no &apos;{column}&apos; column (its columns: {columns})</source>
        <translation>el archivo de métricas no tiene la columna «{column}» (sus columnas: {columns})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1867"/>
        <source>the tickets file has no &apos;{column}&apos; column (its columns: none)</source>
        <translation>el archivo de tickets no tiene la columna «{column}» (no tiene ninguna columna)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1869"/>
        <source>the incidents file has no &apos;{column}&apos; column (its columns: none)</source>
        <translation>el archivo de incidencias no tiene la columna «{column}» (no tiene ninguna columna)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1871"/>
        <source>the metrics file has no &apos;{column}&apos; column (its columns: none)</source>
        <translation>el archivo de métricas no tiene la columna «{column}» (no tiene ninguna columna)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1873"/>
        <source>&apos;{value}&apos; is not a date and time</source>
        <translation>«{value}» no es una fecha y hora</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1875"/>
        <source>&apos;{value}&apos; in a pause interval is not a date and time</source>
        <translation>«{value}», en un intervalo de pausa, no es una fecha y hora</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1877"/>
        <source>the ticket ends before it starts (&apos;{end}&apos; is earlier than &apos;{start}&apos;)</source>
        <translation>el ticket termina antes de empezar («{end}» es anterior a «{start}»)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1881"/>
        <source>the ticket&apos;s response time ends before it starts (&apos;{end}&apos; is earlier than &apos;{start}&apos;)</source>
        <translation>el tiempo de respuesta del ticket termina antes de empezar («{end}» es anterior a «{start}»)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1892"/>
        <source>the incident ends before it starts (&apos;{end}&apos; is earlier than &apos;{start}&apos;)</source>
        <translation>la incidencia termina antes de empezar («{end}» es anterior a «{start}»)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1896"/>
        <source>the ticket has no creation time</source>
        <translation>el ticket no tiene hora de creación</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1898"/>
        <source>the ticket has no ID</source>
        <translation>el ticket no tiene ID</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1900"/>
        <source>ticket &apos;{ticket}&apos; is listed twice (first on line {first})</source>
        <translation>el ticket «{ticket}» aparece dos veces (la primera, en la línea {first})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1904"/>
        <source>&apos;{value}&apos; is not a pause interval</source>
        <translation>«{value}» no es un intervalo de pausa</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1906"/>
        <source>two pause intervals of the ticket overlap</source>
        <translation>dos intervalos de pausa del ticket se solapan</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1908"/>
        <source>the incident has no start time</source>
        <translation>la incidencia no tiene hora de inicio</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1910"/>
        <source>&apos;{value}&apos; is not a period</source>
        <translation>«{value}» no es un periodo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1912"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» no es un número</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1914"/>
        <source>a second value for objective &apos;{objective}&apos; in {period}</source>
        <translation>hay un segundo valor para el objetivo «{objective}» en {period}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1916"/>
        <source>the agreement has no objective &apos;{objective}&apos;</source>
        <translation>el acuerdo no tiene el objetivo «{objective}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1918"/>
        <source>objective &apos;{objective}&apos; is measured per {window}, so its period is written {form}, not &apos;{value}&apos;</source>
        <translation>el objetivo «{objective}» se mide por {window}, así que su periodo se escribe {form}, no «{value}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1923"/>
        <source>{value} is not a Net Promoter Score for objective &apos;{objective}&apos;: it lies between -100 and 100</source>
        <translation>{value} no es un Net Promoter Score para el objetivo «{objective}»: está entre -100 y 100</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1928"/>
        <source>{value} is not a percentage for objective &apos;{objective}&apos;: it lies between 0 and 100</source>
        <translation>{value} no es un porcentaje para el objetivo «{objective}»: está entre 0 y 100</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1933"/>
        <source>{value} is not a count for objective &apos;{objective}&apos;: a count is a whole number, 0 or more</source>
        <translation>{value} no es un recuento para el objetivo «{objective}»: un recuento es un número entero, 0 o más</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1938"/>
        <source>{value} cannot be a value of objective &apos;{objective}&apos;: it cannot be negative</source>
        <translation>{value} no puede ser un valor del objetivo «{objective}»: no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1942"/>
        <source>objective &apos;{objective}&apos; has a target for each priority, so one value cannot say whether it was met</source>
        <translation>el objetivo «{objective}» tiene una meta para cada prioridad, así que un solo valor no puede decir si se cumplió</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1947"/>
        <source>&apos;{value}&apos; is not a priority of the agreement</source>
        <translation>«{value}» no es una prioridad del acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1949"/>
        <source>the ticket has no priority</source>
        <translation>el ticket no tiene prioridad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1951"/>
        <source>&apos;{value}&apos; is not an exclusion of the agreement</source>
        <translation>«{value}» no es una exclusión del acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1953"/>
        <source>line {line}, column &apos;{column}&apos;</source>
        <translation>línea {line}, columna «{column}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2044"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2046"/>
        <source>{path}: given for both {first} and {second}; choose two files</source>
        <translation>{path}: indicado tanto en {first} como en {second}; elija dos archivos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2048"/>
        <source>{path}: is inside the template folder {folder}; write it elsewhere</source>
        <translation>{path}: está dentro de la carpeta de plantillas {folder}; escríbalo en otro lugar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2052"/>
        <source>{path}: is an input of this command; choose another output</source>
        <translation>{path}: es una entrada de esta orden; elija otra salida</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2054"/>
        <source>{path}: already exists; choose another name or add --force</source>
        <translation>{path}: ya existe; elija otro nombre o añada --force</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1739"/>
        <source>is a folder, not a PDF file</source>
        <translation>es una carpeta, no un archivo PDF</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1741"/>
        <source>is not a PDF file</source>
        <translation>no es un archivo PDF</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1753"/>
        <source>export it again as Parquet, or save it as UTF-8 CSV</source>
        <translation>expórtelo de nuevo como Parquet, o guárdelo como CSV en UTF-8</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1755"/>
        <source>store it as timestamps, or as text such as 2026-03-02T09:15:00+01:00</source>
        <translation>guárdela como marcas de tiempo, o como texto del tipo 2026-03-02T09:15:00+01:00</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1759"/>
        <source>store it as a text (string) column</source>
        <translation>guárdela como columna de texto (string)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1820"/>
        <source>is a folder, not a tickets file (CSV or Parquet)</source>
        <translation>es una carpeta, no un archivo de tickets (CSV o Parquet)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1834"/>
        <source>is named as a Parquet file but is not one (it does not begin with PAR1)</source>
        <translation>tiene nombre de archivo Parquet pero no lo es (no empieza por PAR1)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1838"/>
        <source>is not a readable Parquet file ({error})</source>
        <translation>no es un archivo Parquet legible ({error})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1840"/>
        <source>column &apos;{column}&apos; holds {type} values, not timestamps or ISO 8601 date and time text</source>
        <translation>la columna «{column}» contiene valores {type}, no marcas de tiempo ni texto de fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1845"/>
        <source>column &apos;{column}&apos; holds {type} values, not text</source>
        <translation>la columna «{column}» contiene valores {type}, no texto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1902"/>
        <source>ticket &apos;{ticket}&apos; is listed twice (first in row {first})</source>
        <translation>el ticket «{ticket}» aparece dos veces (la primera, en la fila {first})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1955"/>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1957"/>
        <source>row {row}, column &apos;{column}&apos;</source>
        <translation>fila {row}, columna «{column}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1959"/>
        <source>the agreement has no file yet; save it in a git repository to see its history</source>
        <translation>el acuerdo aún no tiene archivo; guárdelo en un repositorio git para ver su historial</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1963"/>
        <source>{path}: the history of a file comes from git, and git is not installed here (or not on the PATH)</source>
        <translation>{path}: el historial de un archivo viene de git, y git no está instalado aquí (o no está en el PATH)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1968"/>
        <source>{path}: is not in a git repository, so git has no history of it</source>
        <translation>{path}: no está en un repositorio git, así que git no tiene historial suyo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1970"/>
        <source>{path}: git has no commit of this file yet; its history starts with one</source>
        <translation>{path}: git aún no tiene ningún commit de este archivo; su historial empieza con el primero</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1974"/>
        <source>{path}: git could not read the history: {reason}</source>
        <translation>{path}: git no pudo leer el historial: {reason}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1976"/>
        <source>{path}: git took longer than {seconds} seconds and was stopped</source>
        <translation>{path}: git tardó más de {seconds} segundos y se detuvo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1978"/>
        <source>{path}: &apos;{commit}&apos; is not one of the commits of this file&apos;s history</source>
        <translation>{path}: «{commit}» no es uno de los commits del historial de este archivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1982"/>
        <source>{path}: &apos;{commit}&apos; names more than one commit of this file&apos;s history</source>
        <translation>{path}: «{commit}» nombra más de un commit del historial de este archivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1986"/>
        <source>{path}: git could not give the file as it was at {commit}: {reason}</source>
        <translation>{path}: git no pudo dar el archivo tal como estaba en {commit}: {reason}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1990"/>
        <source>&apos;{reference}&apos; does not name a library entry: write KIND/ID, e.g. parties/acme-gmbh (kinds: {kinds})</source>
        <translation>«{reference}» no nombra una entrada de biblioteca: escriba TIPO/ID, p. ej. parties/acme-gmbh (tipos: {kinds})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1995"/>
        <source>&apos;{reference}&apos;: no library in use holds this entry</source>
        <translation>«{reference}»: ninguna biblioteca en uso tiene esta entrada</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2002"/>
        <source>&apos;{reference}&apos; is in more than one library in use ({libraries}); write LIBRARY:{reference} for the one meant</source>
        <translation>«{reference}» está en más de una biblioteca en uso ({libraries}); escriba BIBLIOTECA:{reference} para la que quiere</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2007"/>
        <source>&apos;{reference}&apos; cannot be saved as a library entry: {reason}</source>
        <translation>«{reference}» no se puede guardar como entrada de biblioteca: {reason}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2009"/>
        <source>&apos;{reference}&apos;: --description is {length} characters long; an entry&apos;s description holds at most {limit}</source>
        <translation>«{reference}»: --description tiene {length} caracteres; la descripción de una entrada admite como mucho {limit}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2014"/>
        <source>is called &apos;{name}&apos; too, like the library in {other}; it is left out — give one of the folders another name</source>
        <translation>también se llama «{name}», como la biblioteca de {other}; se deja fuera: dé otro nombre a una de las carpetas</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2019"/>
        <source>&apos;{reference}&apos;: the agreement has no {kind} with the ID &apos;{item}&apos;</source>
        <translation>«{reference}»: el acuerdo no tiene ningún elemento ({kind}) con el ID «{item}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2021"/>
        <source>&apos;{reference}&apos;: a contact goes into a party; write {reference}@PARTY-ID</source>
        <translation>«{reference}»: un contacto va en una parte; escriba {reference}@ID-DE-LA-PARTE</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2025"/>
        <source>&apos;{reference}&apos;: the agreement has no party with the ID &apos;{party}&apos;</source>
        <translation>«{reference}»: el acuerdo no tiene ninguna parte con el ID «{party}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2032"/>
        <source>name the items to update as KIND/ITEM-ID (as &apos;library add&apos; names them), or give --all</source>
        <translation>nombre los elementos que se actualizan como TIPO/ID-DEL-ELEMENTO (como los nombra «library add»), o indique --all</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2037"/>
        <source>&apos;{reference}&apos;: this item did not come from a library</source>
        <translation>«{reference}»: este elemento no vino de una biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2039"/>
        <source>&apos;{reference}&apos;: its entry {entry} of the library &apos;{library}&apos; is in none of the libraries in use</source>
        <translation>«{reference}»: su entrada {entry} de la biblioteca «{library}» no está en ninguna de las bibliotecas en uso</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2056"/>
        <source>{path}: the redline is written as .pdf, .html or .docx</source>
        <translation>{path}: la comparación se escribe como .pdf, .html o .docx</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2058"/>
        <source>{path}: --format {format} writes a .{format} file; name it so</source>
        <translation>{path}: --format {format} escribe un archivo .{format}; póngale esa extensión</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2060"/>
        <source>--format: &apos;{format}&apos; is not a contract format (pdf or docx)</source>
        <translation>--format: «{format}» no es un formato de contrato (pdf o docx)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2062"/>
        <source>--format: &apos;{format}&apos; is not a redline format (pdf, html or docx)</source>
        <translation>--format: «{format}» no es un formato de comparación (pdf, html o docx)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2064"/>
        <source>{path}: given as both OLD and NEW; a redline compares two versions of an agreement</source>
        <translation>{path}: se ha dado como ANTERIOR y como NUEVO; una comparación compara dos versiones de un acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2069"/>
        <source>{path}: is another agreement ({new_id}) than {old} ({old_id}); a redline compares two versions of one agreement</source>
        <translation>{path}: es otro acuerdo ({new_id}) que {old} ({old_id}); una comparación compara dos versiones de un mismo acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2074"/>
        <source>give the month to check with --period YYYY-MM</source>
        <translation>indique el mes que se comprueba con --period AAAA-MM</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2076"/>
        <source>give -o REPORT.pdf, --json REPORT.json or both</source>
        <translation>indique -o INFORME.pdf, --json INFORME.json o ambos</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2078"/>
        <source>--map: {problem}</source>
        <translation>--map: {problem}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2080"/>
        <source>unknown operation &apos;{kind}&apos;</source>
        <translation>operación desconocida «{kind}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2082"/>
        <source>the agreement has no effective date, so there are no dates to remind of — set the effective date first</source>
        <translation>el acuerdo no tiene fecha de entrada en vigor, así que no hay fechas que recordar: indique primero la fecha de entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2087"/>
        <source>no font for the signature stamp: install URW Nimbus Sans (Debian: fonts-urw-base35)</source>
        <translation>no hay fuente para el sello de firma: instale URW Nimbus Sans (Debian: fonts-urw-base35)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2092"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2094"/>
        <source>{path}: not a PKCS#12 key file, or the passphrase is wrong</source>
        <translation>{path}: no es un archivo de claves PKCS#12, o la frase de contraseña es incorrecta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2096"/>
        <source>the contract has no signature block for &apos;{signatory}&apos;; export it again</source>
        <translation>el contrato no tiene bloque de firma para «{signatory}»; expórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2100"/>
        <source>the signature block of &apos;{signatory}&apos; is on no page</source>
        <translation>el bloque de firma de «{signatory}» no está en ninguna página</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2102"/>
        <source>the contract is {status}, not signed off: record each signatory&apos;s sign-off, mark the agreement signed and export the PDF again</source>
        <translation>el contrato está en estado «{status}», sin conformidad: registre la conformidad de cada firmante, marque el acuerdo como firmado y exporte el PDF de nuevo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2109"/>
        <source>{problem} (give --signatory ID-or-NAME)</source>
        <translation>{problem} (indique --signatory ID-o-NOMBRE)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2111"/>
        <source>the key file&apos;s certificate is issued to &apos;{name}&apos;, not to the signatory &apos;{signatory}&apos;; sign with {signatory}&apos;s own key</source>
        <translation>el certificado del archivo de claves está emitido a «{name}», no al firmante «{signatory}»; firme con la clave propia de {signatory}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2116"/>
        <source>{signatory} has already signed this PDF</source>
        <translation>{signatory} ya ha firmado este PDF</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2118"/>
        <source>save it as UTF-8 and open it again</source>
        <translation>guárdelo en UTF-8 y vuelva a abrirlo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2120"/>
        <source>save it as UTF-8</source>
        <translation>guárdelo en UTF-8</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2122"/>
        <source>save it as UTF-8; is it an agreement file?</source>
        <translation>guárdelo en UTF-8; ¿es un archivo de acuerdo?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2124"/>
        <source>an agreement file holds one JSON object</source>
        <translation>un archivo de acuerdo contiene un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2126"/>
        <source>the file may be truncated or not an agreement file</source>
        <translation>puede que el archivo esté incompleto o que no sea un archivo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2128"/>
        <source>keep one of them</source>
        <translation>conserve solo una</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2130"/>
        <source>update slawriter to open it</source>
        <translation>actualice slawriter para abrirlo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2132"/>
        <source>this file cannot be upgraded</source>
        <translation>este archivo no se puede actualizar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2134"/>
        <source>the file is unchanged; report this with the file attached</source>
        <translation>el archivo no ha cambiado; informe del problema adjuntando el archivo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2136"/>
        <source>is a folder, not an agreement file</source>
        <translation>es una carpeta, no un archivo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2138"/>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>no es un archivo normal (es un dispositivo, una tubería o un socket)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2140"/>
        <source>is larger than {limit} MB ({size} bytes), too large for an agreement file — is this the right file?</source>
        <translation>ocupa más de {limit} MB ({size} bytes), demasiado para un archivo de acuerdo: ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2145"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2147"/>
        <source>cannot be read: permission denied</source>
        <translation>no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2149"/>
        <source>grew past the size limit while being read</source>
        <translation>superó el tamaño máximo mientras se leía</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2151"/>
        <source>is {encoding} text</source>
        <translation>es texto {encoding}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2153"/>
        <source>is UTF-16 text without a byte order mark</source>
        <translation>es texto UTF-16 sin marca de orden de bytes</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2155"/>
        <source>is not UTF-8 text (byte {byte}, line {line})</source>
        <translation>no es texto UTF-8 (byte {byte}, línea {line})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2157"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2159"/>
        <source>ends before the JSON is complete</source>
        <translation>termina antes de que el JSON esté completo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2161"/>
        <source>is not valid JSON ({reason})</source>
        <translation>no es JSON válido ({reason})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2163"/>
        <source>{number} has too many digits</source>
        <translation>{number} tiene demasiadas cifras</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2165"/>
        <source>{number} is not a number</source>
        <translation>{number} no es un número</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2167"/>
        <source>{number} is out of range</source>
        <translation>{number} está fuera del rango admitido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2169"/>
        <source>{number} is not a number JSON allows; write a plain number</source>
        <translation>{number} no es un número que admita JSON; escriba un número sin más</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2171"/>
        <source>the key &quot;{key}&quot; appears twice in one object</source>
        <translation>la clave «{key}» aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2173"/>
        <source>is nested too deeply to be an agreement file</source>
        <translation>tiene demasiados niveles de anidamiento para ser un archivo de acuerdo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2175"/>
        <source>holds a list, not an agreement (a JSON object)</source>
        <translation>contiene una lista, no un acuerdo (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2177"/>
        <source>holds a string, not an agreement (a JSON object)</source>
        <translation>contiene un texto, no un acuerdo (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2179"/>
        <source>holds true or false, not an agreement (a JSON object)</source>
        <translation>contiene true o false, no un acuerdo (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2181"/>
        <source>holds a number, not an agreement (a JSON object)</source>
        <translation>contiene un número, no un acuerdo (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2183"/>
        <source>holds null, not an agreement (a JSON object)</source>
        <translation>contiene null, no un acuerdo (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2185"/>
        <source>holds a value, not an agreement (a JSON object)</source>
        <translation>contiene un valor, no un acuerdo (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2187"/>
        <source>is missing; is this a slawriter agreement file?</source>
        <translation>falta; ¿es un archivo de acuerdo de slawriter?</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2189"/>
        <source>must be a whole number from 1, not {value}</source>
        <translation>debe ser un número entero a partir de 1, no {value}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2191"/>
        <source>was written by a newer slawriter (schema version {version}; this version reads up to {supported})</source>
        <translation>se escribió con un slawriter más reciente (versión del esquema {version}; esta versión lee hasta la {supported})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2196"/>
        <source>could not be upgraded from schema version {version} ({error})</source>
        <translation>no se pudo actualizar desde la versión del esquema {version} ({error})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2198"/>
        <source>“{key}” is not a field slawriter knows; check its spelling or remove it</source>
        <translation>«{key}» no es un campo que slawriter conozca; compruebe cómo está escrito o quítelo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2202"/>
        <source>is required but missing</source>
        <translation>es obligatorio, pero falta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2204"/>
        <source>{value} is not a valid ID: use lowercase letters, digits and single hyphens, at most 63 characters (e.g. &apos;p1-first-response&apos;)</source>
        <translation>{value} no es un ID válido: use minúsculas, cifras y guiones sueltos, 63 caracteres como máximo (p. ej. «p1-first-response»)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2107"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1886"/>
        <source>a pause interval ends before it starts</source>
        <translation>un intervalo de pausa termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1888"/>
        <source>a pause interval starts before the ticket was created</source>
        <translation>un intervalo de pausa empieza antes de que se creara el ticket</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1890"/>
        <source>a pause interval starts after the ticket was resolved</source>
        <translation>un intervalo de pausa empieza después de que se resolviera el ticket</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="1997"/>
        <source>&apos;{reference}&apos;: no library in use is called &apos;{library}&apos; (the libraries in use: {libraries})</source>
        <translation>«{reference}»: ninguna biblioteca en uso se llama «{library}» (las bibliotecas en uso: {libraries})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2027"/>
        <source>is not a libraries preferences file slawriter can read: it lists the team libraries as {{&quot;team_libraries&quot;: [folders]}}</source>
        <translation>no es un archivo de preferencias de bibliotecas que slawriter pueda leer: enumera las bibliotecas del equipo como {{&quot;team_libraries&quot;: [carpetas]}}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2209"/>
        <source>{problem} (found {value})</source>
        <translation>{problem} (valor encontrado: {value})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2211"/>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (y {count} problemas más)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2213"/>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (y 1 problema más)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2215"/>
        <source>is a folder; choose a file name ending in .sla.json</source>
        <translation>es una carpeta; elija un nombre de archivo terminado en .sla.json</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2217"/>
        <source>could not be saved ({reason}); the previous file is unchanged</source>
        <translation>no se pudo guardar ({reason}); el archivo anterior no ha cambiado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2219"/>
        <source>is a folder; give a file name for the output</source>
        <translation>es una carpeta; indique un nombre de archivo para el resultado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2221"/>
        <source>could not be written ({reason}); any previous file is unchanged</source>
        <translation>no se pudo escribir ({reason}); el archivo anterior, si lo había, no ha cambiado</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2223"/>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2225"/>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2227"/>
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2229"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba el separador «,»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2231"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaba el separador «:»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2233"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre de propiedad entre comillas dobles</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2235"/>
        <source>Extra data</source>
        <translation>sobran datos después del JSON</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2237"/>
        <source>Invalid control character</source>
        <translation>carácter de control no válido</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2239"/>
        <source>Invalid \escape</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2241"/>
        <source>Invalid \uXXXX escape</source>
        <translation>secuencia de escape \uXXXX no válida</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2243"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>coma sobrante antes del final del objeto</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2245"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>coma sobrante antes del final de la lista</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2247"/>
        <source>is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2249"/>
        <source>cannot be read ({reason}); the entries in it are left out</source>
        <translation>no se puede leer ({reason}); sus entradas quedan fuera</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2251"/>
        <source>is not named as a library entry: use lowercase letters, digits and single hyphens, then .json (e.g. &apos;acme-gmbh.json&apos;)</source>
        <translation>no tiene nombre de entrada de biblioteca: use minúsculas, cifras y guiones sueltos, y después .json (p. ej. «acme-gmbh.json»)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2256"/>
        <source>holds an entry of the kind &apos;{kind}&apos; but is in the folder &apos;{folder}&apos;</source>
        <translation>contiene una entrada del tipo «{kind}» pero está en la carpeta «{folder}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2260"/>
        <source>holds {what}, not a library entry (a JSON object)</source>
        <translation>contiene {what}, no una entrada de biblioteca (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2262"/>
        <source>was written by a newer slawriter (library version {version}; this version reads up to {supported})</source>
        <translation>lo escribió un slawriter más reciente (versión de biblioteca {version}; esta versión lee hasta la {supported})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2267"/>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2269"/>
        <source>holds more than {limit} entries; the rest are left out</source>
        <translation>contiene más de {limit} entradas; el resto queda fuera</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2271"/>
        <source>is not a folder of library entries (those are: {kinds}); the files in it are left out</source>
        <translation>no es una carpeta de entradas de biblioteca (estas son: {kinds}); sus archivos se dejan fuera</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2276"/>
        <source>is a link to {target}, outside the library; it is left out (a library&apos;s entries are its own files)</source>
        <translation>es un enlace a {target}, fuera de la biblioteca; se deja fuera (las entradas de una biblioteca son sus propios archivos)</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2281"/>
        <source>could not be removed ({reason})</source>
        <translation>no se pudo eliminar ({reason})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2283"/>
        <source>move it to the folder &apos;{kind}&apos;</source>
        <translation>muévalo a la carpeta «{kind}»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2285"/>
        <source>add --force to replace it</source>
        <translation>añada --force para sustituirlo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2287"/>
        <source>see &apos;slawriter library list&apos;</source>
        <translation>vea «slawriter library list»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2289"/>
        <source>the file may be truncated or not a library entry</source>
        <translation>puede que el archivo esté incompleto o que no sea una entrada de biblioteca</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2291"/>
        <source>choose a side per conflict with &apos;slawriter resolve FILE --take ours|theirs&apos;</source>
        <translation>elija un lado en cada conflicto con «slawriter resolve ARCHIVO --take ours|theirs»</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2295"/>
        <source>has {count} unresolved merge conflicts; the first is {field}: ours {ours}, theirs {theirs}</source>
        <translation>tiene {count} conflictos de fusión sin resolver; el primero es {field}: nuestro {ours}, suyo {theirs}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2300"/>
        <source>has an unresolved merge conflict: {field}: ours {ours}, theirs {theirs}</source>
        <translation>tiene un conflicto de fusión sin resolver: {field}: nuestro {ours}, suyo {theirs}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2304"/>
        <source>lists its merge conflicts in a form slawriter does not know</source>
        <translation>enumera sus conflictos de fusión de una forma que slawriter no conoce</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2306"/>
        <source>has no merge conflict number {number} (it has {count})</source>
        <translation>no tiene ningún conflicto de fusión número {number} (tiene {count})</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2308"/>
        <source>is not an agreement or a library entry, so it cannot be merged field by field</source>
        <translation>no es un acuerdo ni una entrada de biblioteca, así que no se puede fusionar campo a campo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2312"/>
        <source>still has unresolved merge conflicts of an earlier merge; resolve them first</source>
        <translation>aún tiene conflictos sin resolver de una fusión anterior; resuélvalos primero</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2316"/>
        <source>the merge was refused, so the file is kept unchanged (our version); merge the other side&apos;s changes by hand in slawriter</source>
        <translation>se rechazó la fusión, así que el archivo queda sin cambios (nuestra versión); incorpore a mano en slawriter los cambios de la otra parte</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2321"/>
        <source>has no merge conflicts; nothing to resolve</source>
        <translation>no tiene conflictos de fusión; no hay nada que resolver</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="2323"/>
        <source>no migration from schema version {version} to {next}</source>
        <translation>no hay migración de la versión del esquema {version} a la {next}</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="851"/>
        <source>Priority target</source>
        <translation>Meta por prioridad</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="862"/>
        <source>Measurement window</source>
        <translation>Periodo de medición</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="864"/>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="876"/>
        <source>Length of a rolling window in days.</source>
        <translation>Duración de un periodo móvil en días.</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="878"/>
        <source>Clock starts</source>
        <translation>El cómputo comienza</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="880"/>
        <source>Clock pauses</source>
        <translation>El cómputo se suspende</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="882"/>
        <source>Clock stops</source>
        <translation>El cómputo termina</translation>
    </message>
    <message>
        <location filename="../../slawriter/app/model_strings.py" line="884"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <location filename="../../slawriter/app/signing_dialogs.py" line="60"/>
        <source>Could not sign</source>
        <translation>No se pudo firmar</translation>
    </message>
</context>
</TS>
