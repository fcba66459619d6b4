#!/bin/sh
# Rebuild the LibreOffice-made documents from the corpus's Word files (needs LibreOffice:
# Debian's libreoffice-writer-nogui). Only the sets already read are converted: never a
# held-out set that has not been measured and read.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/../corpus"
work=$(mktemp -d)
for set in dev heldout heldout2 heldout3; do
    cp "$corpus/$set"/*.docx "$work/"
    for format in odt rtf pdf; do
        mkdir -p "$here/libreoffice-$format"
        for docx in "$corpus/$set"/*.docx; do
            cp "$corpus/$set/$(basename "$docx" .docx).expected.yaml" "$here/libreoffice-$format/"
        done
    done
done
for format in odt rtf pdf; do
    soffice --headless --convert-to "$format" --outdir "$here/libreoffice-$format" "$work"/*.docx
done
rm -r "$work"
