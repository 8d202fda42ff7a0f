"""Parses every *.txt in the current folder and its converted copies (*.docx, *.pdf, *.html, as
given) with `tongbao parse --json`, and says which copies do not give the same items (all fields
but id, source, text and spans). Usage, from a folder of copies: compare.py docx pdf html
(TONGBAO: the binary, default .build/debug/tongbao of the package)."""
import json, glob, subprocess, sys, os
B=os.environ.get('TONGBAO', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../.build/debug/tongbao'))
def parse(f):
    r=subprocess.run([B,'parse',f,'--json'],capture_output=True,text=True)
    try: return json.loads(r.stdout)['briefings']
    except Exception: return None
exts=sys.argv[1:]
stats={e:[0,0] for e in exts}
for t in sorted(glob.glob('*.txt')):
    a=parse(t)
    for e in exts:
        f=t[:-3]+e
        if not os.path.exists(f): continue
        b=parse(f)
        stats[e][1]+=1
        bad=[]
        if b is None or len(a)!=len(b): bad.append(('count',len(a),None if b is None else len(b)))
        else:
            for x,y in zip(a,b):
                for k in x:
                    if k in ('source','id','text','spans'): continue
                    if x[k]!=y.get(k): bad.append((k,str(x[k])[:80],str(y.get(k))[:80]))
        if bad: print(f, bad[:2])
        else: stats[e][0]+=1
print(stats)
