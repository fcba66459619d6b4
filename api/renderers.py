"""DRF's JSON renderer, encoding with orjson where that gives the same bytes.

A page of 100 statements takes ~0.8 ms to encode with the standard library and ~0.04 ms with
orjson: a fifth of what the whole page costs. The output is DRF's own (compact, UTF-8, U+2028
and U+2029 escaped, dates and times formatted by DRF's encoder); whatever orjson would write
differently (indented output, keys that are not strings, huge integers) goes to DRF. Only a
float could differ: the same value, not always spelled alike (0.00001 for 1e-05), and NaN as
null where DRF refuses it; no resource here has a float.
"""

import orjson
from rest_framework import renderers

# orjson's own formats for these differ from DRF's: hand them to DRF's encoder instead.
OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS

# Valid JSON but not valid JavaScript unescaped, so DRF writes them as escapes.
LINE_SEPARATORS = ((b"\xe2\x80\xa8", b"\\u2028"), (b"\xe2\x80\xa9", b"\\u2029"))


class JSONRenderer(renderers.JSONRenderer):
    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None or not self._compact(accepted_media_type, renderer_context or {}):
            return super().render(data, accepted_media_type, renderer_context)
        try:
            encoded = orjson.dumps(data, default=self.encoder_class().default, option=OPTIONS)
        except TypeError:  # orjson.JSONEncodeError: DRF raises its own error, or copes
            return super().render(data, accepted_media_type, renderer_context)
        for character, escape in LINE_SEPARATORS:
            if character in encoded:
                encoded = encoded.replace(character, escape)
        return encoded

    def _compact(self, accepted_media_type, renderer_context) -> bool:
        """Whether DRF would write this compact and unescaped, as orjson always does."""
        return (
            self.get_indent(accepted_media_type, renderer_context) is None
            and self.compact
            and not self.ensure_ascii
        )
