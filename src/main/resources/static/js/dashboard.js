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
