"""The linguistics of `kg`: pipeline construction, entity rules, dependency patterns and dates."""
