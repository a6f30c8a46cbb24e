"""The app's render process: what runs in it (:mod:`.render_worker`, ``python -m
slawriter.worker.render_worker``) and the form its errors travel back in (:mod:`.error_data`).

No Qt, and the GUI process imports only :mod:`.error_data` from here: the worker imports
WeasyPrint, which the app's own process never does.
"""
