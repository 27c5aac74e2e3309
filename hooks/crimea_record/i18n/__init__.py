"""The site's languages: the registry (translations/languages.yml) and the catalogues of its wording.

The only code that knows which languages exist; everything else asks the registry.
"""
