#!/usr/bin/env python3
"""score.py — precision/recall of the classified lists against the hand annotations here.

Usage: tongbao parse FILES... --json > parsed.json; python3 score.py parsed.json [--verbose]

Annotations: `cNN_*.json` (one per briefing file written here, items in file order) and
`seeds.json` (the shared seeds, keyed by briefing id). Per item: `deployed` measures (a string, or
{"name", "items"} for a key-field list that must come with all its items), `goals`, `deadlines`
(time limits, each date once), `periods` (campaign periods: no deadline), plus `not_measures` and
`statistics` (what must not be counted; `unscored_goals`: undecided; kept to read, not scored directly: they show as false
positives). Output without the classification (before issue 12) is scored as it would be printed:
every quoted measure, every target, every deadline.
"""
import json, os, re, sys

def norm(s):
    s = re.sub(r'\s+', '', str(s))
    for a, b in ((',', '，'), (':', '：'), (';', '；'), ('(', '（'), (')', '）'), ('“', ''), ('”', ''), ('"', '')):
        s = s.replace(a, b)
    return s.strip('。，；')

def numbers(s):
    return re.findall(r'\d+(?:\.\d+)?', norm(s))

def match(pred, exp, eq):
    used, tp, missed = set(), 0, []
    for e in exp:
        j = next((j for j, p in enumerate(pred) if j not in used and eq(p, e)), None)
        if j is None:
            missed.append(e)
        else:
            used.add(j); tp += 1
    return tp, [p for j, p in enumerate(pred) if j not in used], missed

def measure_eq(p, e):
    if isinstance(e, dict):
        return isinstance(p, dict) and norm(p.get('name') or p.get('text')) == norm(e['name']) and \
            sorted(map(norm, p.get('items', []))) == sorted(map(norm, e['items']))
    text = p.get('text') if isinstance(p, dict) else p
    return norm(text) == norm(e)

def goal_eq(p, e):
    ne = numbers(e)
    if ne:
        return all(n in numbers(p) for n in ne)
    return norm(e) in norm(p) or norm(p) in norm(e)

def deadline_eq(p, e):
    return norm(e) in norm(p) or norm(p) in norm(e)

def predicted(b):
    if 'deployed_measures' in b:
        m = b['deployed_measures']
    else:
        m = b.get('measures', [])
    goals = [t['text'] for t in b.get('targets', []) if t.get('kind', 'goal') == 'goal']
    dls = [d['text'] for d in b.get('deadlines', []) if d.get('kind', 'deadline') == 'deadline']
    return m, goals, dls

def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    parsed = json.load(open(argv[1], encoding='utf-8'))
    verbose = '--verbose' in argv
    by_id = {b['id']: b for b in parsed['briefings']}
    by_file = {}
    for b in parsed['briefings']:
        by_file.setdefault(os.path.basename(b['source']['file']), []).append(b)
    pairs = []
    seeds = json.load(open(os.path.join(here, 'seeds.json'), encoding='utf-8'))
    for bid, e in seeds.items():
        if bid in by_id:
            pairs.append((bid, by_id[bid], e))
    for name in sorted(os.listdir(here)):
        if name.startswith('c') and name.endswith('.json'):
            exp = json.load(open(os.path.join(here, name), encoding='utf-8'))
            got = by_file.get(os.path.basename(exp['file']), [])
            for k, e in enumerate(exp['briefings']):
                if k < len(got):
                    pairs.append((got[k]['id'], got[k], e))
    tally = {k: [0, 0, 0] for k in ('measures', 'goals', 'deadlines')}
    for bid, b, e in pairs:
        m, g, d = predicted(b)
        # goals the annotator could not decide on (noted when annotating): neither right nor wrong
        g = [x for x in g if not any(goal_eq(x, u) for u in e.get('unscored_goals', []))]
        for key, pred, exp, eq in (('measures', m, e['deployed'], measure_eq), ('goals', g, e['goals'], goal_eq),
                                   ('deadlines', d, e['deadlines'], deadline_eq)):
            tp, extra, missed = match(pred, exp, eq)
            tally[key][0] += tp; tally[key][1] += len(pred); tally[key][2] += len(exp)
            if verbose and (extra or missed):
                print(f'{bid} {key}: wrong {json.dumps(extra, ensure_ascii=False)} missed {json.dumps(missed, ensure_ascii=False)}')
    out = {}
    for k, (tp, np_, ne) in tally.items():
        p = tp / np_ if np_ else 1.0
        r = tp / ne if ne else 1.0
        out[k] = (p, r)
        print(f'{k:10s} precision {p:.3f} ({tp}/{np_})  recall {r:.3f} ({tp}/{ne})')
    print(f'items {len(pairs)}')

if __name__ == '__main__':
    main(sys.argv)
