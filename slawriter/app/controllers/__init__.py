"""The main window's parts: each controller carries out one kind of the window's commands.

:mod:`..main_window` builds the frame — menus, toolbar, the section list, the centre and the
preview — and connects each action to the controller that does it:

- :mod:`.files`: New, Open, Open Recent, Save, Save As, unsaved changes, autosave and recovery.
- :mod:`.export`: Export PDF in the render process, the calendar and OpenSLO files, compliance.
- :mod:`.navigation`: the sections, the guided wizard's Back and Next, the sections' states.
- :mod:`.settings`: the window's geometry and the preferences.

A controller keeps its own state and reads the window's (the document, its widgets); like the
window, it imports the model only in the methods that need it, after the first paint. Its
strings are in the window's translation context ("MainWindow").
"""
