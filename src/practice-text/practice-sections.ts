/** The body sections every practice has, in this order, as second-level headings. */
export const PRACTICE_SECTIONS = ['Проблема', 'Решение', 'Как это работает', 'Результаты', 'Как повторить'] as const;

/**
 * The section `npm run import` puts a spreadsheet's cells in when they fit no field: each a list item
 * naming its sheet, row and column. A curator moves every item where it belongs and deletes the section;
 * until then validation flags it (a warning in a draft, an error once the file is published).
 */
export const UNSORTED_SECTION = 'Разобрать';
