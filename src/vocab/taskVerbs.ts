/**
 * Verbs a task cell starts with ("Rà soát, trình công bố …", "Thực hiện …"). Used only to find
 * where rows begin in OCR'd tables whose row numbers were lost: lead, result and deadline cells
 * start with nouns ("Văn phòng UBND", "Quyết định", "Thường xuyên"), task cells with one of these.
 */
export const TASK_VERBS: string[] = [
  'Rà soát', 'Trình', 'Thực hiện', 'Thực thi', 'Cập nhật', 'Niêm yết', 'Ban hành', 'Tham mưu',
  'Hướng dẫn', 'Đánh giá', 'Lấy ý kiến', 'Thẩm định', 'Đăng ký', 'Báo cáo', 'Phê duyệt',
  'Tổ chức', 'Triển khai', 'Tuyên truyền', 'Kiểm tra', 'Phối hợp', 'Xây dựng', 'Tiếp tục',
  'Tiếp nhận', 'Công khai', 'Công bố', 'Duy trì', 'Đẩy mạnh', 'Nâng cao', 'Theo dõi', 'Đôn đốc',
  'Tăng cường', 'Kiện toàn', 'Lập danh sách', 'Nghiên cứu', 'Giải quyết', 'Kết nối', 'Số hóa', 'Cung cấp',
  'Mở rộng', 'Hoàn thiện', 'Tham gia', 'Đề xuất', 'Ứng dụng', 'Lồng ghép', 'Phát động', 'Thiết lập',
  'Tập huấn', 'Bố trí', 'Xử lý', 'Thống kê', 'Sơ kết', 'Nâng cấp', 'Dự thảo',
  'Đẩy nhanh', 'Đổi mới', 'Truyền thông', 'Tự kiểm tra', 'Chủ động',
  'Đề nghị', 'Quán triệt', 'Phổ biến', 'Đăng tải', 'Khảo sát', 'Vận động',
];
