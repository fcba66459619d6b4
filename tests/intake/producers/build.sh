#!/bin/sh
# Rebuild the documents other programs make of the corpus's (needs Debian's
# libreoffice-writer-nogui and chromium). Only the sets already read are converted: never a
# held-out set that has not been measured and read.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/../corpus"
work=$(mktemp -d)
for set in dev heldout heldout2 heldout3; do
    cp "$corpus/$set"/*.docx "$work/"
    for format in odt rtf doc pdf html; do
        mkdir -p "$here/libreoffice-$format"
        for docx in "$corpus/$set"/*.docx; do
            cp "$corpus/$set/$(basename "$docx" .docx).expected.yaml" "$here/libreoffice-$format/"
        done
    done
done
for format in odt rtf doc pdf html; do
    soffice --headless --convert-to "$format" --outdir "$here/libreoffice-$format" "$work"/*.docx
done
rm -r "$work"
# The corpus's web pages printed by Chromium, header and footer included.
mkdir -p "$here/chromium-pdf"
for set in dev heldout heldout2 heldout3; do
    for page in "$corpus/$set"/*.html; do
        name=$(basename "$page" .html)
        chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$here/chromium-pdf/$name.pdf" \
            "file://$page"
        cp "$corpus/$set/$name.expected.yaml" "$here/chromium-pdf/"
    done
done
