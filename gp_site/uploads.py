"""A hard limit on the size of a multipart request, files included.

DATA_UPLOAD_MAX_MEMORY_SIZE leaves files out, and FILE_UPLOAD_MAX_MEMORY_SIZE only decides when
a file goes to a temporary file on disk; without this handler an upload of any size is accepted.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler


class RequestSizeLimitHandler(FileUploadHandler):
    """Refuses (400) a multipart request longer than MAX_UPLOAD_REQUEST_SIZE before reading it."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length > settings.MAX_UPLOAD_REQUEST_SIZE:
            raise RequestDataTooBig(
                f"Upload of {content_length} bytes refused: the limit is "
                f"{settings.MAX_UPLOAD_REQUEST_SIZE} bytes (MAX_UPLOAD_REQUEST_SIZE)."
            )

    def receive_data_chunk(self, raw_data, start):
        return raw_data

    def file_complete(self, file_size):
        return None
