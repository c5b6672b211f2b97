// Draws the charts of "What the reasons say" with the vendored Chart.js; the figures come
// from the page as JSON (no inline script: the Content-Security-Policy forbids it).
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var node = document.getElementById("chart-data");
  if (!node || typeof Chart === "undefined") { return; }
  var data = JSON.parse(node.textContent);
  var palette = ["#1a5fb4", "#e66100", "#26a269", "#c01c28", "#813d9c", "#986a44", "#f5c211",
                 "#2ec27e", "#63452c", "#77767b", "#3584e4"];
  var common = { responsive: true, maintainAspectRatio: false, animation: false,
                 plugins: { legend: { position: "bottom" } } };
  data.datasets.forEach(function (d, i) { d.backgroundColor = palette[i % palette.length]; });
  new Chart(document.getElementById("by-month"), {
    type: "bar", data: { labels: data.months, datasets: data.datasets },
    options: Object.assign({}, common, { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } })
  });
  [["by-weekday", data.weekday], ["by-lead", data.lead]].forEach(function (pair) {
    new Chart(document.getElementById(pair[0]), {
      type: "bar", data: { labels: pair[1].labels, datasets: [{ label: "cancellations", data: pair[1].data, backgroundColor: "#1a5fb4" }] },
      options: Object.assign({}, common, { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } })
    });
  });
});
