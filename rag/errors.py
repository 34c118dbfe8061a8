"""Errors the user can act on. Every message says what to do next."""


class RagError(Exception):
    """Base class: anything the CLI, the API or the chat page reports as a plain message."""


class InputError(RagError):
    """A question or a setting the user gave cannot be used as it is."""


class IndexMissingError(RagError):
    """No index exists where one was asked for."""


class IndexBusyError(RagError):
    """Another process is writing the index and did not finish in time."""


class IndexMismatchError(RagError):
    """The index on disk was built with other settings than the ones in use."""


class ModelError(RagError):
    """A model file is missing or cannot be loaded."""


class MissingPackageError(RagError, ImportError):
    """An optional package is not installed; the message names it."""


def require(module: str, package: str):
    """Import `module` or raise a MissingPackageError that names the pip package."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingPackageError(
            f"{module} is not installed. Install it with: pip install {package}"
        ) from exc
