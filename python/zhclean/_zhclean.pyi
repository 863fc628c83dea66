"""Type stubs for the Rust extension module behind :mod:`zhclean`."""

from typing import Any, Dict, Iterable, List, Optional, Sequence, Type, TypeVar, Union

Page = Union[bytes, bytearray, str]

DEFAULT_THRESHOLD: float
__version__: str

class LexiconError(ValueError):
    """A lexicon line that cannot be read; ``line`` is its 1-based number."""

    line: Optional[int]

_T = TypeVar("_T", bound="_Cleaner")

class _Cleaner:
    def __new__(
        cls: Type[_T],
        threshold: Optional[float] = None,
        lexicon: Optional[str] = None,
        *,
        max_input_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_tag_bytes: Optional[int] = None,
        max_blocks: Optional[int] = None,
    ) -> _T: ...
    @property
    def threshold(self) -> float:
        """The spam threshold in use."""
    def clean(self, html: Page, source: Optional[str] = None) -> Dict[str, Any]:
        """Cleans one page; returns its record (the JSON contract) as a dict.

        Raises TypeError when ``html`` is not bytes or str."""
    def clean_json(self, html: Page, source: Optional[str] = None) -> str:
        """Cleans one page; returns its record as one line of JSON."""
    def clean_batch(
        self,
        pages: Iterable[Optional[Page]],
        threads: Optional[int] = None,
        sources: Optional[Sequence[Optional[str]]] = None,
    ) -> List[Dict[str, Any]]:
        """Cleans pages in parallel with the GIL released (``threads``:
        None for all cores); one record per page, in order. A None page
        gives a record with ``error`` set."""
    def clean_batch_jsonl(
        self,
        pages: Iterable[Optional[Page]],
        threads: Optional[int] = None,
        sources: Optional[Sequence[Optional[str]]] = None,
    ) -> bytes:
        """Like ``clean_batch``, as JSON lines (one record and ``\\n`` per page)."""
    def _clean_arrow_buffers(
        self,
        data: bytes,
        offsets: bytes,
        large: bool,
        offset: int,
        length: int,
        validity: Optional[bytes] = None,
        threads: Optional[int] = None,
    ) -> bytes: ...
    def score_text(self, text: str) -> Dict[str, Any]:
        """Scores one text: ``{"spam": bool, "score": float, "reasons": [...]}``."""
