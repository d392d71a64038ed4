#!/usr/bin/env python3
"""Writes a WET file of N conversion records (gzip per record, as crawls are) from the plain-text
form of the project's own training pages, cycled: input for timing the CLI on crawl text.
usage: training-wet.py OUT.warc.wet.gz [N=10000]"""
import glob, gzip, sys, uuid

out_path = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
texts = []
for f in sorted(glob.glob('training-data/**/*.tsv', recursive=True)):
    if f.endswith('manifest.tsv'):
        continue
    with open(f, encoding='utf-8') as tsv:
        texts.append('\n'.join(l.rstrip('\n').split('\t', 1)[1] if '\t' in l else '' for l in tsv))

def record(out, headers, body):
    b = body.encode('utf-8')
    head = 'WARC/1.0\r\n' + ''.join(f'{k}: {v}\r\n' for k, v in headers) + f'Content-Length: {len(b)}\r\n\r\n'
    out.write(gzip.compress(head.encode() + b + b'\r\n\r\n'))

with open(out_path, 'wb') as out:
    record(out, [('WARC-Type', 'warcinfo'), ('WARC-Record-ID', f'<urn:uuid:{uuid.UUID(int=0)}>'),
                 ('WARC-Date', '2026-12-08T00:00:00Z'), ('Content-Type', 'application/warc-fields')],
           'software: linesift speed test\r\n')
    for i in range(count):
        record(out, [('WARC-Type', 'conversion'), ('WARC-Target-URI', f'https://site{i % 97}.example/page/{i}'),
                     ('WARC-Date', '2026-12-08T00:00:00Z'), ('WARC-Record-ID', f'<urn:uuid:{uuid.UUID(int=i + 1)}>'),
                     ('Content-Type', 'text/plain')], texts[i % len(texts)])
print(f'{count} records from {len(texts)} training pages -> {out_path}')
