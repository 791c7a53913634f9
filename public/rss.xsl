<?xml version="1.0" encoding="UTF-8"?>
<!--
  Makes an RSS feed readable when it is opened in a browser. Feed readers ignore this file.
  It explains what a feed is and lists the newest items with links to the site.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="/rss/channel/title"/> (RSS feed)</title>
        <style>
          :root { color-scheme: light dark; --ink: #1d2421; --paper: #fdf8f0; --accent: #1f5f5b; --note: #eef4f1; }
          @media (prefers-color-scheme: dark) { :root { --ink: #ece6dc; --paper: #151a18; --accent: #8fd3c9; --note: #1f2926; } }
          body { margin: 0; font: 1.0625rem/1.6 system-ui, sans-serif; color: var(--ink); background: var(--paper); }
          main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          a { color: var(--accent); }
          .note { background: var(--note); border-left: 4px solid var(--accent); padding: 0.75rem 1rem; border-radius: 4px; }
          code { overflow-wrap: anywhere; user-select: all; }
          li { margin-bottom: 1rem; }
          .meta { font-size: 0.9rem; }
        </style>
      </head>
      <body>
        <main>
          <div class="note">
            <p><strong>This is a web feed</strong>, meant for a feed reader app rather than for reading here.</p>
            <p>To subscribe, copy this page's address into your feed reader:
              <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
          </div>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <p><a href="{/rss/channel/link}">Visit the site</a> or read <a href="{/rss/channel/link}subscribe/">how to subscribe</a>.</p>
          <h2>Newest stories</h2>
          <ul>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <a href="{link}"><xsl:value-of select="title"/></a>
                <div class="meta"><xsl:value-of select="pubDate"/></div>
                <div><xsl:value-of select="description"/></div>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
