"""Wraps a briefing .txt (headline, body lines, `- title date` link lines) in a government news
page, the way such pages are saved from a browser: furniture around the article and entities in
the text. Usage: make-html.py SEED.txt > page.html"""
import html, re, sys, zlib

lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")]
headline, body = lines[0], [l for l in lines[1:] if l and not l.startswith("- ")]
links = [l[2:] for l in lines if l.startswith("- ")]

def entities(s):
    # the entities a CMS writes: named quotes and dashes, numeric full stops, &nbsp; after colons
    s = html.escape(s, quote=False)
    s = s.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;").replace("。", "&#12290;")
    return s.replace(":", ":&nbsp;")

out = ["""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>""" + html.escape(headline) + """_晋城市人民政府</title>
<link rel="stylesheet" href="/css/main.css" />
<style type="text/css">
  body { font-family: "宋体"; } .content p { text-indent: 2em; } /* 正文 */
</style>
<script type="text/javascript">
  var _hmt = _hmt || []; document.write("<div>统计代码</div>"); // 百度统计
</script>
</head>
<body>
<div class="top"><a href="/">晋城市人民政府</a> | <a href="/en/">English</a> | 无障碍浏览</div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 部门动态</div>
<div class="article">
<h1 class="title">""" + entities(headline) + """</h1>
<div class="info">发布时间：2018-05-30 09:12&nbsp;&nbsp;来源：晋城日报&nbsp;&nbsp;浏览次数：<span id="hits">1024</span>&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">"""]
for p in body:
    # long paragraphs are wrapped in the HTML source, as editors save them, between two Han characters
    chunks, start = [], 0
    for i in range(1, len(p)):
        if i - start >= 40 and "\u4e00" <= p[i - 1] <= "\u9fff" and "\u4e00" <= p[i] <= "\u9fff":
            chunks.append(p[start:i])
            start = i
    chunks.append(p[start:])
    wrapped = "\n".join(entities(c) for c in chunks)
    out.append("<p>&nbsp;&nbsp;&nbsp;&nbsp;" + wrapped + "</p>")
out.append("""</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h3>相关链接</h3>
<ul>""")
for l in links:
    m = re.match(r"(.*?)(\d{4}-\d{2}-\d{2})$", l)
    title, date = (m.group(1), m.group(2)) if m else (l, "")
    out.append(f'<li><a href="/xwzx/{zlib.crc32(title.encode()) % 100000}.html">{html.escape(title)}</a><span>{date}</span></li>')
out.append("""</ul></div>
<div class="footer">
<p>主办：晋城市人民政府办公室&nbsp;&nbsp;版权所有&copy;晋城市人民政府</p>
<p>晋ICP备05000000号&nbsp;&nbsp;晋公网安备 14050202000000号</p>
</div>
<script src="/js/share.js"></script>
</body>
</html>""")
print("\n".join(out))
