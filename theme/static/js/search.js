// The search page: queries this site's Pagefind bundle and lists the results.
// Every word shown comes from the form's data-text-* attributes (the gettext
// catalogs); nothing is loaded from another site and nothing runs inline.
// Other forms of each word come from the build's word-form tables (search-forms.js).

import { queryWords, WordForms } from "./search-forms.js";

const SORTS = { newest: { newest: "desc" }, oldest: { oldest: "asc" } };

const form = document.querySelector("[data-search]");
if (form) {
  start(form);
}

async function start(form) {
  const view = {
    form,
    status: document.querySelector("[data-search-status]"),
    list: document.querySelector("[data-search-results]"),
    more: document.querySelector("[data-search-more]"),
    text: form.dataset,
    pageSize: Number(form.dataset.pageSize) || 10,
    run: 0,
    forms: wordForms(form.dataset),
  };
  let pagefind;
  try {
    pagefind = await import(form.dataset.bundle);
    // Results link to the addresses indexed, which already hold the site's path.
    await pagefind.options({
      baseUrl: "/",
      excerptLength: Number(form.dataset.excerptWords) || 30,
    });
  } catch (error) {
    view.status.textContent = view.text.textFailed;
    return;
  }
  fillFromAddress(form);
  form.hidden = false;
  // Load the language's index and the word forms being typed before the reader
  // presses Enter, so that the results follow at once.
  pagefind.init();
  form.elements.q.addEventListener("input", () => prefetch(pagefind, view));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search(pagefind, view);
  });
  form.addEventListener("change", (event) => {
    if (event.target.tagName === "SELECT") search(pagefind, view);
  });
  if (hasCriteria(form)) search(pagefind, view);
}

function fillFromAddress(form) {
  const params = new URLSearchParams(window.location.search);
  for (const field of form.elements) {
    if (field.name && params.has(field.name)) field.value = params.get(field.name);
  }
}

function criteria(form) {
  const filters = {};
  for (const select of form.querySelectorAll("select[data-search-filter]")) {
    if (select.value) filters[select.dataset.searchFilter] = select.value;
  }
  const term = form.elements.q.value.trim();
  return { term: term || null, filters, sort: SORTS[form.elements.sort.value] };
}

function hasCriteria(form) {
  const { term, filters } = criteria(form);
  return term !== null || Object.keys(filters).length > 0;
}

function remember(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (String(value).trim()) params.set(name, value);
  }
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
}

async function search(pagefind, view) {
  const run = ++view.run; // a newer search makes this one's answer stale
  remember(view.form);
  view.list.replaceChildren();
  view.more.hidden = true;
  if (!hasCriteria(view.form)) {
    view.status.textContent = view.text.textEmpty;
    return;
  }
  view.status.textContent = view.text.textSearching;
  const { term, filters, sort } = criteria(view.form);
  const options = sort ? { filters, sort } : { filters };
  const results = await find(pagefind, view.forms, term, options);
  if (run !== view.run || results === null) return;
  await show(results, 0, view, run);
  if (run !== view.run) return;
  // Announced once the first results are on the page.
  view.status.textContent = results.length
    ? view.text.textResults.replace("{count}", results.length)
    : view.text.textNone;
}

// The language's word-form tables, when the build wrote them (data-forms).
function wordForms(data) {
  if (!data.forms) return null;
  return new WordForms(data.forms, JSON.parse(data.letters || "{}"), data.script);
}

// While the reader types: the shard of the last word and the index of its forms.
async function prefetch(pagefind, view) {
  const last = queryWords(view.form.elements.q.value).pop();
  if (!view.forms || !last || last.length < 2) return;
  for (const term of await view.forms.terms(last)) pagefind.preload(term);
}

// Pagefind's results for the query; with word-form tables, the pages that hold a
// form of every word (a search per form, merged), best match or chosen order first.
async function find(pagefind, forms, term, options) {
  const words = term === null || !forms ? [] : queryWords(term);
  if (!words.length) {
    const found = await pagefind.search(term, options);
    return found === null ? null : found.results;
  }
  const perWord = await Promise.all(
    words.map((word) => pagesWithForms(pagefind, forms, word, options)),
  );
  const [first, ...others] = perWord;
  const pages = [...first.keys()]
    .filter((id) => others.every((found) => found.has(id)))
    .map((id) => merged(perWord.map((found) => found.get(id))));
  if (options.sort) {
    const ordered = await pagefind.search(null, options);
    const place = new Map(ordered.results.map((result, index) => [result.id, index]));
    pages.sort((a, b) => place.get(a.id) - place.get(b.id));
    return pages.map((page) => page.result);
  }
  return pages.sort((a, b) => b.score - a.score).map((page) => page.result);
}

// Page id -> its best result among the searches for the word's forms.
async function pagesWithForms(pagefind, forms, word, options) {
  const terms = await forms.terms(word);
  const founds = await Promise.all(terms.map((term) => pagefind.search(term, options)));
  const best = new Map();
  for (const found of founds) {
    for (const result of found?.results ?? []) {
      const known = best.get(result.id);
      if (!known || known.score < result.score) best.set(result.id, result);
    }
  }
  return best;
}

// One page found by every word: the best word's result (its excerpt marks that
// word's form), scored by all words together.
function merged(results) {
  const top = results.reduce((a, b) => (b.score > a.score ? b : a));
  return { id: top.id, result: top, score: results.reduce((sum, r) => sum + r.score, 0) };
}

async function show(results, from, view, run) {
  const batch = results.slice(from, from + view.pageSize);
  const entries = await Promise.all(batch.map((result) => result.data()));
  if (run !== view.run) return;
  for (const data of entries) view.list.append(resultItem(data, view.form));
  const next = from + batch.length;
  view.more.hidden = next >= results.length;
  view.more.onclick = () => show(results, next, view, run);
}

function resultItem(data, form) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);
  const facts = [sectionLabel(data, form), data.meta.date].filter(Boolean);
  if (facts.length) {
    const meta = document.createElement("p");
    meta.className = "entry-meta";
    meta.textContent = facts.join(" · ");
    item.append(meta);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

function sectionLabel(data, form) {
  const section = (data.filters.section || [])[0];
  const option = form.querySelector(`#search-section option[value="${section}"]`);
  return section && option ? option.textContent : "";
}

// Pagefind's excerpt is text with <mark> around the words found: keep exactly that.
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(excerpt || "", "text/html");
  return Array.from(parsed.body.childNodes, (node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent);
  });
}
