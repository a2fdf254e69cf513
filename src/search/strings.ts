/**
 * The Arabic words of the search interface, in one place.
 *
 * Starlight's Arabic translation has no `pagefind.*` strings, and the Pagefind
 * UI's own Arabic set is terse (`تصفيات`, `[COUNT] نتائج ل …`); the header
 * search and the search page both read these instead, so the two speak alike.
 * `PAGEFIND_UI` uses the Pagefind UI's keys and placeholders (`[COUNT]`,
 * `[SEARCH_TERM]`); `[SEARCH_TERM]` is what the reader typed, never the
 * normalised key.
 */

/** Strings for `@pagefind/default-ui` (the header search), by its translation keys. */
export const PAGEFIND_UI: Readonly<Record<string, string>> = {
  placeholder: 'ابحث في الملف: اسم، مكان، كلمة…',
  clear_search: 'مسح',
  load_more: 'عرض مزيد من النتائج',
  search_label: 'ابحث في الملف',
  filters_label: 'تصفية',
  zero_results: 'لا نتائج عن «[SEARCH_TERM]»',
  many_results: 'نتائج «[SEARCH_TERM]»: [COUNT]',
  one_result: 'نتيجة واحدة عن «[SEARCH_TERM]»',
  total_zero_results: 'لا نتائج',
  total_one_result: 'نتيجة واحدة',
  total_many_results: '[COUNT] نتيجة',
  alt_search: 'لا نتائج عن «[SEARCH_TERM]». نعرض نتائج «[DIFFERENT_TERM]» بدلًا منها',
  search_suggestion: 'لا نتائج عن «[SEARCH_TERM]». جرّب أحد هذه البحوث:',
  searching: 'جارٍ البحث عن «[SEARCH_TERM]»…',
  results_label: 'نتائج البحث',
  keyboard_navigate: 'تنقّل',
  keyboard_select: 'اختيار',
  keyboard_clear: 'مسح',
  keyboard_close: 'إغلاق',
  keyboard_search: 'بحث',
  error_search: 'تعذّر البحث',
  filter_selected_one: '[COUNT] محدد',
  filter_selected_many: '[COUNT] محددة',
  input_hint: 'تظهر النتائج أثناء الكتابة',
  loading: 'جارٍ التحميل…',
};

/** Labels of the filters the pages carry (`data-pagefind-filter` names). */
export const FILTER_LABEL: Readonly<Record<string, string>> = {
  type: 'النوع',
  country: 'الدولة',
  official: 'المسؤول',
  source: 'المصدر',
};

/** Labels of the result metadata (`data-pagefind-meta` names) shown under a result. */
export const META_LABEL: Readonly<Record<string, string>> = {
  kind: 'النوع',
  date: 'التاريخ',
  source: 'المصدر',
};

/** Strings of the search page. */
export const SEARCH_PAGE = {
  queryLabel: 'ابحث في الملف',
  placeholder: 'مثلًا: حموشي، اسلام اباد، الامن السيبراني، Hammouchi',
  submit: 'ابحث',
  filtersHeading: 'تصفية النتائج',
  sortLabel: 'الترتيب',
  sortRelevance: 'الأقرب إلى البحث',
  sortNewest: 'الأحدث أولًا',
  sortOldest: 'الأقدم أولًا',
  clearFilters: 'إلغاء التصفية',
  idle: 'اكتب كلمة أو اسمًا، أو اختر تصفية لعرض الصفحات المطابقة.',
  loading: 'جارٍ البحث…',
  error: 'تعذّر تحميل فهرس البحث. أعد تحميل الصفحة.',
  noScript: 'يحتاج البحث إلى تشغيل JavaScript في المتصفح.',
  loadMore: 'عرض مزيد من النتائج',
  undated: 'غير مؤرخ',
  fullSearch: 'البحث المفصّل مع التصفية',
} as const;

/** `[COUNT] نتيجة` with the Arabic number agreement of the dossier's other counts. */
export function countResults(count: number, query: string): string {
  const about = query ? ` عن «${query}»` : '';
  if (count === 0) return `لا نتائج${about}`;
  if (count === 1) return `نتيجة واحدة${about}`;
  if (count === 2) return `نتيجتان${about}`;
  return count <= 10 ? `${count} نتائج${about}` : `${count} نتيجة${about}`;
}
