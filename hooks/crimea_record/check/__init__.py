"""Stage 2: rules across records and pages: ids resolve, parts fit wholes, dates make sense."""
