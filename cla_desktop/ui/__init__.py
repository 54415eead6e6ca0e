"""Everything Qt: windows, dialogs, item models and helpers. Views stay thin."""
