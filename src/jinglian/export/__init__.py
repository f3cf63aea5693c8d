"""Export a run's kept documents as token files trainers read (Megatron .bin/.idx, nanotron .ds, Parquet)."""
from .formats import FORMATS
from .job import ExportResult, export
from .select import REHYDRATE_CMN_HANI, rehydrate_weight

__all__ = ["FORMATS", "ExportResult", "export", "REHYDRATE_CMN_HANI", "rehydrate_weight"]
