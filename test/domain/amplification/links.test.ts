import { describe, expect, it } from 'vitest'
import { platformOf, readLink, readLinks } from '../../../src/domain/amplification/links.js'

describe('repost links', () => {
  it('adds the scheme a pasted link lacks', () => {
    expect(readLink('instagram.com/p/Cx12ab')?.url).toBe('https://instagram.com/p/Cx12ab')
  })

  it('drops tracking parameters and keeps the others', () => {
    expect(readLink('https://www.instagram.com/p/Cx12ab/?igsh=MWQ1ZGUx&utm_source=ig_web')?.url).toBe(
      'https://instagram.com/p/Cx12ab',
    )
    expect(readLink('https://youtu.be/abc123?si=Zk9')?.url).toBe('https://youtu.be/abc123')
    expect(readLink('https://facebook.com/story.php?story_fbid=9&id=4&fbclid=IwAR0')?.url).toBe(
      'https://facebook.com/story.php?id=4&story_fbid=9',
    )
    expect(readLink('https://www.youtube.com/watch?v=dQw4&utm_medium=share')?.url).toBe(
      'https://youtube.com/watch?v=dQw4',
    )
  })

  it('reads the share forms of one post as one link', () => {
    const same = (forms: string[], normal: string) => {
      for (const form of forms) expect(readLink(form)?.url, form).toBe(normal)
    }
    same(
      [
        'https://x.com/humas/status/1?s=20&t=AbC',
        'http://x.com/humas/status/1',
        'mobile.x.com/humas/status/1',
      ],
      'https://x.com/humas/status/1',
    )
    same(
      ['https://www.tiktok.com/@dinkes/video/7?_t=8k&_r=1', 'm.tiktok.com/@dinkes/video/7'],
      'https://tiktok.com/@dinkes/video/7',
    )
    same(
      ['https://m.facebook.com/share/v/1?mibextid=abc', 'http://facebook.com/share/v/1'],
      'https://facebook.com/share/v/1',
    )
    same(
      ['https://m.youtube.com/watch?v=a1&feature=share', 'youtube.com/watch?feature=shared&v=a1'],
      'https://youtube.com/watch?v=a1',
    )
    // The query is written one way, whatever was dropped from it and in whatever order it came.
    same(
      ['dinkes.go.id/berita?id=1&hal=2', 'dinkes.go.id/berita?hal=2&id=1&utm_source=wa'],
      'https://dinkes.go.id/berita?hal=2&id=1',
    )
    // Outside X, `t` is kept: on YouTube it is the time to start at.
    expect(readLink('youtu.be/a1?t=30')?.url).toBe('https://youtu.be/a1?t=30')
    // A subdomain of another site is not dropped.
    expect(readLink('m.dinkes.go.id/berita/1')?.url).toBe('https://m.dinkes.go.id/berita/1')
  })

  it('ignores punctuation a sentence puts around a link', () => {
    expect(readLink('(tiktok.com/@dinkes/video/7,')?.url).toBe('https://tiktok.com/@dinkes/video/7')
  })

  it('classifies links by platform, subdomains included', () => {
    expect(readLink('https://m.facebook.com/share/p/1')?.platform).toBe('facebook')
    expect(readLink('fb.watch/abc')?.platform).toBe('facebook')
    expect(readLink('https://twitter.com/humas/status/1')?.platform).toBe('x')
    expect(readLink('x.com/humas/status/1')?.platform).toBe('x')
    expect(readLink('https://vt.tiktok.com/ZS123/')?.platform).toBe('tiktok')
    expect(readLink('youtu.be/x')?.platform).toBe('youtube')
    expect(readLink('www.instagram.com/reel/x')?.platform).toBe('instagram')
    expect(readLink('dinkes.wonosobokab.go.id/berita/1')?.platform).toBe('web')
    expect(platformOf('notinstagram.com')).toBe('web')
  })

  it('refuses words, times and e-mail addresses', () => {
    expect(readLink('sudah')).toBeUndefined()
    expect(readLink('12.30')).toBeUndefined()
    expect(readLink('humas@dinkes.go.id')).toBeUndefined()
    expect(readLink('ftp://files.example.com/a')).toBeUndefined()
  })

  it('keeps each link once, skips words and labels, and names the addresses it cannot read', () => {
    const read = readLinks([
      'IG:',
      'instagram.com/p/abc?igsh=1',
      'https://instagram.com/p/abc/',
      'sudah,',
      'pak.',
      '12.30',
      'fb.watch/z',
      'instagram,com/p/x',
      'htps://x.com/a/status/1',
    ])
    expect(read.links.map((link) => link.url)).toEqual(['https://instagram.com/p/abc', 'https://fb.watch/z'])
    expect(read.notLinks).toEqual(['instagram,com/p/x', 'htps://x.com/a/status/1'])
  })
})
