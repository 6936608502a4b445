// Other forms of the reader's words: looked up in the word-form tables the build
// writes beside the search index (plugins/search/words.py). A shard is a gzip'd
// JSON list of lines "stem|ending,ending,…|site form,…", one per lemma: every form
// simplemma knows of a lemma on the site, and the forms of it the pages hold.

const SHARD_LETTERS = 2;

// Lower case without diacritics, as Pagefind matches and the build folds.
export function fold(word) {
  return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

// The words of a query, in order, without repeats.
export function queryWords(term) {
  return [...new Set(term.split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}

function hex(text) {
  return Array.from(new TextEncoder().encode(text), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}

function lookupLetters(letters) {
  const latin = new Map(Object.entries(letters));
  // Latin to Cyrillic: the digraphs lj, nj, dž first.
  const pairs = [...latin].map(([cyrillic, latinText]) => [latinText, cyrillic]);
  pairs.sort((a, b) => b[0].length - a[0].length);
  return { latin, pairs };
}

function toLatin(word, letters) {
  return Array.from(word.toLowerCase(), (c) => letters.latin.get(c) ?? c).join("");
}

function toCyrillic(word, letters) {
  let text = word.toLowerCase();
  let result = "";
  while (text) {
    const pair = letters.pairs.find(([latin]) => text.startsWith(latin));
    result += pair ? pair[1] : text[0];
    text = text.slice(pair ? pair[0].length : 1);
  }
  return result;
}

export class WordForms {
  // folder: the language's shards; letters: Serbian Cyrillic -> Latin ({} else);
  // script: the site's, "Latn" or "Cyrl".
  constructor(folder, letters, script) {
    this.folder = folder;
    this.letters = Object.keys(letters).length ? lookupLetters(letters) : null;
    this.script = script;
    this.shards = new Map();
    this.available = fetchJson(`${folder}/shards.json`).then((names) => new Set(names));
  }

  key(word) {
    return fold(this.letters ? toLatin(word, this.letters) : word);
  }

  // The word as the site writes it: Serbian in the site's own script.
  asTyped(word) {
    if (!this.letters) return word;
    return this.script === "Cyrl" ? toCyrillic(word, this.letters) : toLatin(word, this.letters);
  }

  // The groups of the shard a key is in ([] when no word of the site starts so).
  async shard(key) {
    const name = `${hex(key.slice(0, SHARD_LETTERS))}.json.gz`;
    if (!(await this.available).has(name)) return [];
    if (!this.shards.has(name)) this.shards.set(name, fetchShard(`${this.folder}/${name}`));
    return this.shards.get(name);
  }

  // The forms to search for: those of the word's lemmas the site holds, or, for a
  // word the tables do not know (a beginning, a name), the word as typed.
  async terms(word) {
    const key = this.key(word);
    const found = new Set();
    for (const line of await this.shard(key)) {
      const [stem, endings, siteForms] = line.split("|");
      if (!key.startsWith(stem)) continue;
      if (endings.split(",").some((ending) => stem + ending === key)) {
        for (const form of siteForms.split(",")) found.add(form);
      }
    }
    return found.size ? [...found] : [this.asTyped(word)];
  }
}

// A file that cannot be read, or a browser without DecompressionStream: no forms.
async function fetchShard(address) {
  try {
    const response = await fetch(address);
    if (!response.ok) return [];
    const stream = response.body.pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  } catch (error) {
    return [];
  }
}

async function fetchJson(address) {
  try {
    const response = await fetch(address);
    return response.ok ? await response.json() : [];
  } catch (error) {
    return [];
  }
}
