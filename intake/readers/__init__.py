"""Readers: one per format the office receives, each turning a file of minutes into a
`Document` of blocks (`intake.readers.blocks`). `intake.documents.read_document` picks the
reader for a file."""
