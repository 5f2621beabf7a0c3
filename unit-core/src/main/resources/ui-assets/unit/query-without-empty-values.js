// A question htmx asks with GET (the intake page's live check of the villkor, issue 13) leaves out the inputs
// still empty, as the page's own GET forms do: the unit's request screen answers an empty query value with 400,
// since an empty value is not a value. Only what is typed is sent; the page works without this file too.
document.addEventListener('htmx:configRequest', function (event) {
  if (event.detail.verb !== 'get') {
    return;
  }
  var data = event.detail.formData;
  var empty = [];
  data.forEach(function (value, name) {
    if (typeof value === 'string' && value.trim() === '') {
      empty.push(name);
    }
  });
  empty.forEach(function (name) {
    data.delete(name);
  });
});
