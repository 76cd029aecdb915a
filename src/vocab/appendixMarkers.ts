/**
 * Words that open an appendix or a new annex table in a plan ("PHỤ LỤC II", "Biểu số 02"):
 * a line starting with one of them is never part of the table above it.
 */
export const APPENDIX_MARKERS: string[] = ['Phụ lục', 'Biểu số', 'Biểu mẫu'];
