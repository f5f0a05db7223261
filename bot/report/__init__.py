"""The Board report: the evidence the bot records, turned into the document trustees read."""
