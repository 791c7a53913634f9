/*
 * The only scripts on reading pages, kept here as compact text so their size stays small and
 * their hashes (for the Content-Security-Policy) come from one place.
 *
 * THEME_INIT runs in <head> before the first paint, applying a remembered choice so the page
 * never flashes the wrong theme. THEME_TOGGLE shows the toggle button (hidden without
 * JavaScript), keeps its pressed state true to the theme in use, and remembers the reader's choice.
 */

export const THEME_INIT =
  "try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

export const THEME_TOGGLE = [
  "(()=>{const b=document.getElementById('theme-toggle'),r=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)');",
  "const d=()=>r.dataset.theme?r.dataset.theme==='dark':m.matches,s=()=>b.setAttribute('aria-pressed',String(d()));",
  "b.hidden=false;s();m.addEventListener('change',s);",
  "b.addEventListener('click',()=>{const t=d()?'light':'dark';r.dataset.theme=t;try{localStorage.setItem('theme',t)}catch(e){}s()})})()",
].join('');
