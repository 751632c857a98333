"""Qt-free domain core: models, the Library, economies, topics and dates."""
