// The "Details" button of a LEAD result shows or hides the details row below it.
document.addEventListener('click', function (e) {
  var button = e.target.closest('[data-toggle]');
  if (!button) return;
  var row = document.getElementById(button.getAttribute('data-toggle'));
  if (row) {
    row.hidden = !row.hidden;
    button.classList.toggle('open', !row.hidden);
  }
});

// A link to a finding (issues#rule-CODE, from the run page) opens its rows.
function openLinkedFinding() {
  var target = location.hash && document.getElementById(decodeURIComponent(location.hash.substring(1)));
  if (target && target.tagName === 'DETAILS') target.open = true;
}
window.addEventListener('hashchange', openLinkedFinding);
document.addEventListener('DOMContentLoaded', openLinkedFinding);
