"""A learner's turn: a line, a prompt's answer, predict-then-reveal, hints, the solution, scripts and
their steps, re-creating a container, the app's form, and progress. The web layer asks; the tutor
answers with outcomes the web layer renders. It never imports the web layer."""

from .state import Asking, LessonState, Script
from .turn import Notice, Turn, Tutor, quick_line

__all__ = ["Asking", "LessonState", "Notice", "Script", "Turn", "Tutor", "quick_line"]
