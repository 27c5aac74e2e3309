"""What every stage shares: the record classes, dates, the dataset and the site's addresses."""
