/** The body sections every practice has, in this order, as second-level headings. */
export const PRACTICE_SECTIONS = ['Проблема', 'Решение', 'Как это работает', 'Результаты', 'Как повторить'] as const;
