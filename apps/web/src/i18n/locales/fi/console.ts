// Texts of the staff console (loaded with the console chunk).
// Finnish is the default language and defines the keys every language must have.
export default {
  title: 'Käsittelijän työpöytä',
};
