// The page's behaviour: check the scenario while it is edited, submit a run, follow its events,
// show its report and files, list past runs. Talks only to this server's /api.
"use strict";

const $ = (id) => document.getElementById(id);
const finalStatuses = new Set(["succeeded", "failed", "cancelled"]);
let builtInText = "";
let problemLines = new Map();
let checkTimer = 0;
let current = null; // id of the run shown
let following = null; // AbortController of the event stream

function headers(json) {
  const h = {};
  if (json) h["Content-Type"] = "application/json";
  const key = sessionStorage.getItem("api-key");
  if (key) h["X-Api-Key"] = key;
  return h;
}

async function api(path, options = {}) {
  return fetch(path, { ...options, headers: headers(options.body !== undefined) });
}

// The seed may exceed JavaScript's exact integers: it is written into the JSON as typed.
function submissionBody() {
  const body = {};
  if ($("source-own").checked) { body.scenario = $("scenario-text").value; body.name = scenarioName(); }
  const trials = $("trials").value.trim();
  if (trials) body.trials = Number(trials);
  const horizon = $("horizon").value.trim();
  if (horizon) body.horizon = Number(horizon);
  const regimes = [...document.querySelectorAll("#regimes input:checked")].map((c) => c.value);
  const all = document.querySelectorAll("#regimes input").length;
  if (regimes.length > 0 && regimes.length < all) body.regimes = regimes;
  const set = $("overrides").value.split("\n").map((l) => l.trim()).filter((l) => l);
  if (set.length) body.set = set;
  let json = JSON.stringify(body);
  const seed = $("seed").value.trim();
  if (seed) json = json.slice(0, -1) + (json.length > 2 ? "," : "") + `"seed":${/^\d+$/.test(seed) ? seed : JSON.stringify(seed)}}`;
  return json;
}

let uploadedName = "";
function scenarioName() { return uploadedName || "scenario.yaml"; }

function renderGutter() {
  const lines = $("scenario-text").value.split("\n").length;
  const gutter = $("gutter");
  gutter.textContent = "";
  for (let i = 1; i <= lines; i++) {
    const row = document.createElement("span");
    const mark = problemLines.get(i);
    row.textContent = (mark ? (mark === "bad" ? "✖ " : "⚠ ") : "") + i + "\n";
    if (mark) row.className = mark;
    gutter.appendChild(row);
  }
  gutter.scrollTop = $("scenario-text").scrollTop;
}

function goToLine(line, column) {
  const text = $("scenario-text");
  const lines = text.value.split("\n");
  let start = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
  const length = (lines[line - 1] || "").length;
  text.focus();
  text.setSelectionRange(start + Math.max(0, (column || 1) - 1), start + length);
  const lineHeight = text.scrollHeight / Math.max(1, lines.length);
  text.scrollTop = Math.max(0, (line - 5) * lineHeight);
}

function renderProblems(problems, warnings) {
  const list = $("problems");
  list.textContent = "";
  problemLines = new Map();
  const own = $("source-own").checked ? scenarioName() : null;
  for (const p of [...problems, ...warnings]) {
    const item = document.createElement("li");
    if (p.warning) item.className = "warning";
    const inText = p.line > 0 && (own === null ? p.file.startsWith("<built-in") : p.file === own);
    if (inText) {
      if (!p.warning || !problemLines.has(p.line)) problemLines.set(p.line, p.warning ? "warn" : "bad");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `${p.warning ? "Warning" : "Problem"} at line ${p.line}, column ${p.column}: ${p.path ? p.path + ": " : ""}${p.message}`;
      button.addEventListener("click", () => goToLine(p.line, p.column));
      item.appendChild(button);
    } else {
      item.textContent = `${p.warning ? "Warning" : "Problem"}: ${p.text}`;
    }
    list.appendChild(item);
  }
  $("problems-box").hidden = problems.length + warnings.length === 0;
  renderGutter();
}

function renderRegimes(regimes) {
  const box = $("regimes");
  const before = new Map([...box.querySelectorAll("input")].map((c) => [c.value, c.checked]));
  box.textContent = "";
  $("regimes-empty").hidden = regimes.length > 0;
  for (const r of regimes) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.value = r.id;
    input.checked = before.has(r.id) ? before.get(r.id) : r.selected;
    input.addEventListener("change", scheduleCheck);
    label.append(input, ` ${r.name} (${r.id})`);
    box.appendChild(label);
  }
}

async function check() {
  clearTimeout(checkTimer);
  const summary = $("check-summary");
  summary.textContent = "Checking…";
  const response = await api("/api/validate", { method: "POST", body: submissionBody() });
  const answer = await response.json();
  if (!response.ok) { summary.textContent = answer.error; return null; }
  renderProblems(answer.problems, answer.warnings);
  if (answer.regimes.length) renderRegimes(answer.regimes);
  summary.textContent = answer.valid
    ? `Valid: ${answer.regimes.filter((r) => r.selected).length} regime(s), ${answer.trials.toLocaleString("en")} trials each, seed ${answer.seed}, horizon ${answer.horizon} days.`
    : `${answer.problems.length} problem(s): fix them to run.`;
  document.body.dataset.valid = String(answer.valid);
  return answer;
}

function scheduleCheck() { clearTimeout(checkTimer); checkTimer = setTimeout(check, 700); }

function setStatus(view) {
  const status = $("run-status");
  status.dataset.status = view.status;
  status.dataset.run = String(view.id);
  const p = view.progress;
  $("progress").value = p.fraction;
  const counts = `${p.completed_trials.toLocaleString("en")} of ${p.total_trials.toLocaleString("en")} trials`;
  status.textContent = `Run ${view.id} (${view.scenario}): ${view.status}, ${counts}${view.message ? ". " + view.message : ""}`;
  $("cancel").disabled = finalStatuses.has(view.status);
}

async function submit() {
  const status = $("run-status");
  const response = await api("/api/runs", { method: "POST", body: submissionBody() });
  const answer = await response.json();
  if (response.status === 400) {
    renderProblems(answer.problems, answer.warnings);
    status.dataset.status = "refused";
    status.textContent = `Not run: ${answer.error}`;
    $("problems").querySelector("button")?.focus();
    return;
  }
  if (!response.ok) { status.dataset.status = "refused"; status.textContent = `Not run: ${answer.error}`; return; }
  show(answer);
  loadRuns();
}

// Follows the run's server-sent events through fetch, so the API key header goes along.
async function follow(id) {
  following?.abort();
  following = new AbortController();
  const mine = following;
  try {
    const response = await fetch(`/api/runs/${id}/events`, { headers: headers(false), signal: mine.signal });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
        if (data && current === id) {
          const view = JSON.parse(data);
          setStatus(view);
          if (finalStatuses.has(view.status)) { await showResults(view); loadRuns(); }
        }
      }
    }
  } catch (e) {
    if (e.name !== "AbortError") $("run-status").textContent += ` (lost contact with the server: ${e.message})`;
  }
}

function show(view) {
  current = view.id;
  setStatus(view);
  $("report").hidden = true;
  $("report").removeAttribute("srcdoc");
  $("files").textContent = "";
  $("files-heading").hidden = true;
  $("report-empty").hidden = false;
  if (finalStatuses.has(view.status)) showResults(view);
  else follow(view.id);
}

async function showResults(view) {
  const files = $("files");
  files.textContent = "";
  $("files-heading").hidden = view.files.length === 0;
  for (const name of view.files) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `Download ${name}`;
    button.addEventListener("click", () => download(view.id, name));
    item.appendChild(button);
    files.appendChild(item);
  }
  if (!view.files.includes("report.html")) return;
  const response = await api(`/api/runs/${view.id}/files/report.html`);
  if (!response.ok || current !== view.id) return;
  const frame = $("report");
  frame.srcdoc = await response.text();
  frame.hidden = false;
  $("report-empty").hidden = true;
  document.body.dataset.report = String(view.id);
}

async function download(id, name) {
  const response = await api(`/api/runs/${id}/files/${name}`);
  if (!response.ok) { $("run-status").textContent = `Could not download ${name}: ${(await response.json()).error}`; return; }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = `run-${id}-${name}`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function loadRuns() {
  const response = await api("/api/runs?limit=50");
  if (!response.ok) return;
  const { runs } = await response.json();
  const body = document.querySelector("#runs tbody");
  body.textContent = "";
  for (const run of runs) {
    const row = body.insertRow();
    for (const text of [String(run.id), run.scenario, run.status,
      `${run.progress.completed_trials.toLocaleString("en")} / ${run.progress.total_trials.toLocaleString("en")}`,
      run.created_at.replace("T", " ").slice(0, 19)]) {
      row.insertCell().textContent = text;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `Open run ${run.id}`;
    button.addEventListener("click", async () => {
      const fresh = await api(`/api/runs/${run.id}`);
      if (fresh.ok) { show(await fresh.json()); $("run-heading").scrollIntoView(); }
    });
    row.insertCell().appendChild(button);
  }
}

async function cancel() {
  if (current === null) return;
  const response = await api(`/api/runs/${current}`, { method: "DELETE" });
  const answer = await response.json();
  if (response.ok) setStatus(answer);
  else $("run-status").textContent = answer.error;
}

async function useBuiltIn() {
  if (!builtInText) {
    const response = await api("/api/scenarios/built-in");
    if (!response.ok) { $("check-summary").textContent = (await response.json()).error; return; }
    builtInText = await response.text();
  }
  $("scenario-text").value = builtInText;
  uploadedName = "";
  renderGutter();
  await check();
}

function init() {
  const key = $("api-key");
  key.value = sessionStorage.getItem("api-key") || "";
  key.addEventListener("change", () => { sessionStorage.setItem("api-key", key.value); useBuiltIn(); loadRuns(); });
  const text = $("scenario-text");
  text.addEventListener("input", () => { $("source-own").checked = true; renderGutter(); scheduleCheck(); });
  text.addEventListener("scroll", () => { $("gutter").scrollTop = text.scrollTop; });
  $("source-built-in").addEventListener("change", useBuiltIn);
  $("source-own").addEventListener("change", check);
  $("upload").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    text.value = await file.text();
    uploadedName = file.name;
    $("source-own").checked = true;
    renderGutter();
    await check();
  });
  for (const id of ["trials", "seed", "horizon", "overrides"]) $(id).addEventListener("input", scheduleCheck);
  $("check").addEventListener("click", check);
  $("run").addEventListener("click", submit);
  $("cancel").addEventListener("click", cancel);
  $("refresh").addEventListener("click", loadRuns);
  Promise.all([useBuiltIn(), loadRuns()]).finally(() => { document.body.dataset.ready = "true"; });
}

document.addEventListener("DOMContentLoaded", init);
