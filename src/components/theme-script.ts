/*
 * The theme script's text, the only inline script the site's own code emits. It lives here, not
 * in ThemeChoice.astro, so that the headers step can hash exactly this text for the
 * Content-Security-Policy (site-scripts.ts lists it) without reading it back from the built pages.
 *
 * It runs in <head>, so a remembered choice ("light" or "dark" in localStorage) is on <html> as
 * data-theme before the first paint and the page never flashes the wrong theme; with no choice,
 * or with JavaScript off, the stylesheet follows the system. Once the page is parsed it shows the
 * theme menu (ThemeChoice.astro) and keeps the page and the stored choice in step with it. Where
 * the browser blocks storage, the page follows the system and a choice lasts for that page only.
 */
export const themeScript = `(() => {
  const root = document.documentElement;
  // Tells the stylesheet, before the first paint, that the menu will work, so it takes its room at once.
  root.dataset.script = 'on';
  const storage = (() => {
    try {
      return localStorage;
    } catch {
      return undefined;
    }
  })();
  const apply = (theme) => {
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  };
  apply(storage?.getItem('theme'));
  document.addEventListener('DOMContentLoaded', () => {
    const menu = document.getElementById('theme-choice');
    if (!menu) return;
    menu.value = root.dataset.theme ?? 'system';
    menu.addEventListener('change', () => {
      apply(menu.value);
      if (menu.value === 'system') storage?.removeItem('theme');
      else storage?.setItem('theme', menu.value);
    });
    menu.closest('[hidden]')?.removeAttribute('hidden');
  });
})();`;
