"""Shared writer for the batches: each batch script calls add() and write()."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = []


def add(name, text, briefings, encoding='utf-8', crlf=False):
    FILES.append((name, text, briefings, encoding, crlf))


def write():
    for name, text, briefings, enc, crlf in FILES:
        t = text.replace('\n', '\r\n') if crlf else text
        with open(os.path.join(HERE, name + '.txt'), 'wb') as f:
            f.write(t.encode(enc))
        with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'file': 'Genre3/' + name + '.txt', 'briefings': briefings}, f, ensure_ascii=False, indent=1)
            f.write('\n')
    print(len(FILES), 'files')
