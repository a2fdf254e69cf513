/**
 * The Arabic words of the search interface, in one place.
 *
 * Starlight's Arabic translation has no search strings beyond the button's;
 * the header search and the search page both read these, so the two speak
 * alike. A query quoted back to the reader is what they typed, never the
 * normalised key.
 */

/** Strings of the header search (the modal behind the search button). */
export const SEARCH_MODAL = {
  label: 'ابحث في الملف',
  placeholder: 'ابحث في الملف: اسم، مكان، كلمة…',
  results: 'نتائج البحث',
} as const;

/** Labels of the filters the pages carry (`data-pagefind-filter` names). */
export const FILTER_LABEL: Readonly<Record<string, string>> = {
  type: 'النوع',
  country: 'الدولة',
  official: 'المسؤول',
  source: 'المصدر',
};

/** Strings of the search page. */
export const SEARCH_PAGE = {
  queryLabel: 'ابحث في الملف',
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
