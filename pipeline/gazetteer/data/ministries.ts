// The ministries and ministerial-level agencies, those of the 2025 Government (Nghị quyết
// 176/2025/QH15: 14 ministries and 3 ministerial-level agencies, from 1 March 2025) and those
// before it (Nghị quyết 31/2021/QH15: 18 + 4; and the older names of 2002–2007 that archives
// still hold), each with the Tổng cục / Cục / Vụ usually printed under it. Written from the
// acts and the ministries' own organisation decrees (Nghị định on each ministry's functions);
// see ../SOURCES.md.
import type { BodyData } from './types.ts';

// Units every ministry has (Nghị định 123/2016/NĐ-CP, Điều 8; Nghị định 25/2025/NĐ-CP).
export const MINISTRY_COMMON_UNITS = [
  'Văn phòng', 'Văn phòng Bộ', 'Thanh tra', 'Thanh tra Bộ', 'Vụ Pháp chế', 'Vụ Tổ chức cán bộ', 'Vụ Kế hoạch - Tài chính',
  'Vụ Hợp tác quốc tế', 'Vụ Khoa học và Công nghệ', 'Vụ Kế hoạch, Tài chính', 'Vụ Thi đua - Khen thưởng', 'Cục Công nghệ thông tin',
  'Trung tâm Thông tin', 'Ban Quản lý dự án',
];

const b = (key: string, name: string, aliases: string[], units: string[], extra: Partial<BodyData> = {}): BodyData => ({
  key: `bo:${key}`, name, kind: 'bo', aliases, units, ...extra,
});

export const MINISTRIES: BodyData[] = [
  b('quoc-phong', 'Bộ Quốc phòng', ['BQP'], [
    'Bộ Tổng Tham mưu', 'Tổng cục Chính trị', 'Tổng cục Hậu cần', 'Tổng cục Kỹ thuật', 'Tổng cục Hậu cần - Kỹ thuật',
    'Tổng cục Công nghiệp quốc phòng', 'Tổng cục II', 'Bộ Tư lệnh Bộ đội Biên phòng', 'Bộ Tư lệnh Cảnh sát biển',
    'Quân chủng Hải quân', 'Quân chủng Phòng không - Không quân', 'Cục Tác chiến', 'Cục Quân y', 'Cục Dân quân tự vệ',
  ]),
  b('cong-an', 'Bộ Công an', ['BCA'], [
    'Văn phòng Bộ Công an', 'Cục Cảnh sát giao thông', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', 'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    'Cục Cảnh sát điều tra tội phạm về ma túy', 'Cục Quản lý xuất nhập cảnh', 'Cục Cảnh sát hình sự', 'Cục Cảnh sát kinh tế',
    'Cục Pháp chế và cải cách hành chính, tư pháp', 'Cục Tổ chức cán bộ', 'Cục Cảnh sát quản lý trại giam',
    'Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường', 'Cục Kế hoạch và Tài chính',
    'Cục Công tác đảng và công tác chính trị', 'Cục Cảnh sát cơ động',
  ]),
  b('ngoai-giao', 'Bộ Ngoại giao', ['BNG'], [
    'Cục Lãnh sự', 'Cục Lễ tân Nhà nước', 'Vụ Lễ tân', 'Vụ Thông tin báo chí', 'Ủy ban Biên giới quốc gia',
    'Cục Quản trị tài vụ', 'Vụ Luật pháp và Điều ước quốc tế', 'Vụ Ngoại giao văn hóa và UNESCO', 'Vụ Tổ chức quốc tế',
  ]),
  b('noi-vu', 'Bộ Nội vụ', ['BNV'], [
    'Vụ Tổ chức - Biên chế', 'Vụ Công chức - Viên chức', 'Vụ Chính quyền địa phương', 'Vụ Cải cách hành chính', 'Vụ Tiền lương',
    'Vụ Tổ chức phi chính phủ', 'Vụ Đào tạo, bồi dưỡng cán bộ, công chức, viên chức', 'Cục Văn thư và Lưu trữ nhà nước',
    'Ban Tôn giáo Chính phủ', 'Ban Thi đua - Khen thưởng Trung ương', 'Cục Việc làm', 'Cục Quản lý lao động ngoài nước',
    'Vụ Bảo hiểm xã hội', 'Cục Người có công', 'Vụ Bình đẳng giới', 'Cục Tiền lương và Bảo hiểm xã hội',
    'Cục Quan hệ lao động và Tiền lương',
  ]),
  b('tu-phap', 'Bộ Tư pháp', ['BTP'], [
    'Tổng cục Thi hành án dân sự', 'Cục Quản lý thi hành án dân sự', 'Cục Hộ tịch, quốc tịch, chứng thực',
    'Cục Đăng ký quốc gia giao dịch bảo đảm', 'Cục Bổ trợ tư pháp', 'Cục Kiểm tra văn bản quy phạm pháp luật',
    'Cục Trợ giúp pháp lý', 'Cục Con nuôi', 'Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật',
    'Vụ Các vấn đề chung về xây dựng pháp luật', 'Vụ Pháp luật hình sự - hành chính', 'Vụ Pháp luật dân sự - kinh tế',
    'Vụ Phổ biến, giáo dục pháp luật', 'Cục Phổ biến, giáo dục pháp luật và trợ giúp pháp lý', 'Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính',
  ]),
  b('tai-chinh', 'Bộ Tài chính', ['BTC'], [
    'Tổng cục Thuế', 'Tổng cục Hải quan', 'Kho bạc Nhà nước', 'Ủy ban Chứng khoán Nhà nước', 'Tổng cục Dự trữ Nhà nước',
    'Cục Thuế', 'Cục Hải quan', 'Cục Dự trữ Nhà nước', 'Tổng cục Thống kê', 'Cục Thống kê', 'Bảo hiểm xã hội Việt Nam',
    'Vụ Ngân sách nhà nước', 'Vụ Chính sách thuế', 'Vụ Đầu tư', 'Vụ Tài chính hành chính sự nghiệp', 'Vụ Tài chính ngân hàng',
    'Vụ Tài chính quốc phòng, an ninh', 'Cục Quản lý công sản', 'Cục Quản lý nợ và Kinh tế đối ngoại', 'Cục Quản lý giá',
    'Cục Tin học và Thống kê tài chính', 'Cục Kế hoạch - Tài chính', 'Cục Quản lý, giám sát bảo hiểm',
    'Cục Quản lý, giám sát kế toán, kiểm toán', 'Cục Tài chính doanh nghiệp', 'Vụ Tổng hợp kinh tế quốc dân',
    'Cục Quản lý đấu thầu', 'Cục Đầu tư nước ngoài', 'Cục Phát triển doanh nghiệp', 'Cục Phát triển doanh nghiệp nhà nước',
    'Cục Quản lý đăng ký kinh doanh', 'Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể', 'Vụ Kinh tế địa phương và lãnh thổ',
  ]),
  b('cong-thuong', 'Bộ Công Thương', ['BCT'], [
    'Cục Xuất nhập khẩu', 'Cục Điện lực và Năng lượng tái tạo', 'Cục Điện lực', 'Cục Kỹ thuật an toàn và Môi trường công nghiệp',
    'Cục Công nghiệp', 'Cục Xúc tiến thương mại', 'Cục Phòng vệ thương mại', 'Cục Thương mại điện tử và Kinh tế số',
    'Ủy ban Cạnh tranh Quốc gia', 'Cục Cạnh tranh và Bảo vệ người tiêu dùng', 'Tổng cục Quản lý thị trường',
    'Cục Quản lý và Phát triển thị trường trong nước', 'Vụ Thị trường trong nước', 'Cục Hóa chất', 'Vụ Dầu khí và Than',
    'Cục Điều tiết điện lực', 'Vụ Chính sách thương mại đa biên', 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công',
  ]),
  b('nong-nghiep-va-moi-truong', 'Bộ Nông nghiệp và Môi trường', ['Bộ NN&MT', 'Bộ NNMT'], [
    'Cục Quản lý đất đai', 'Cục Biến đổi khí hậu', 'Cục Môi trường', 'Cục Bảo tồn thiên nhiên và Đa dạng sinh học',
    'Cục Địa chất và Khoáng sản Việt Nam', 'Cục Khí tượng Thủy văn', 'Cục Quản lý tài nguyên nước', 'Cục Biển và Hải đảo Việt Nam',
    'Cục Lâm nghiệp và Kiểm lâm', 'Cục Thủy sản và Kiểm ngư', 'Cục Trồng trọt và Bảo vệ thực vật', 'Cục Chăn nuôi và Thú y',
    'Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam', 'Cục Quản lý và Xây dựng công trình thủy lợi', 'Cục Quản lý đê điều và Phòng, chống thiên tai',
    'Cục Kinh tế hợp tác và Phát triển nông thôn', 'Cục Chất lượng, Chế biến và Phát triển thị trường', 'Cục Viễn thám quốc gia',
  ], { since: 2025 }),
  b('xay-dung', 'Bộ Xây dựng', ['BXD'], [
    'Cục Quản lý hoạt động xây dựng', 'Cục Giám định nhà nước về chất lượng công trình xây dựng', 'Cục Phát triển đô thị',
    'Cục Quản lý nhà và thị trường bất động sản', 'Cục Kinh tế xây dựng', 'Cục Hạ tầng kỹ thuật', 'Vụ Quy hoạch - Kiến trúc',
    'Vụ Vật liệu xây dựng', 'Cục Đường bộ Việt Nam', 'Cục Hàng hải và Đường thủy Việt Nam', 'Cục Hàng không Việt Nam',
    'Cục Đường sắt Việt Nam', 'Cục Đăng kiểm Việt Nam', 'Cục Kinh tế - Quản lý đầu tư xây dựng', 'Cục Quy hoạch - Kiến trúc',
    'Vụ Vận tải và An toàn giao thông', 'Cục Đường cao tốc Việt Nam',
  ]),
  b('van-hoa-the-thao-va-du-lich', 'Bộ Văn hóa, Thể thao và Du lịch', ['Bộ VHTTDL', 'Bộ VH,TT&DL', 'BVHTTDL'], [
    'Cục Di sản văn hóa', 'Cục Nghệ thuật biểu diễn', 'Cục Điện ảnh', 'Cục Mỹ thuật, Nhiếp ảnh và Triển lãm',
    'Cục Bản quyền tác giả', 'Cục Văn hóa cơ sở', 'Cục Hợp tác quốc tế', 'Tổng cục Thể dục thể thao', 'Tổng cục Du lịch',
    'Cục Thể dục thể thao Việt Nam', 'Cục Du lịch Quốc gia Việt Nam', 'Vụ Gia đình', 'Cục Báo chí', 'Cục Xuất bản, In và Phát hành',
    'Cục Phát thanh, truyền hình và thông tin điện tử', 'Cục Thông tin cơ sở và Thông tin đối ngoại', 'Vụ Văn hóa dân tộc',
  ]),
  b('khoa-hoc-va-cong-nghe', 'Bộ Khoa học và Công nghệ', ['Bộ KH&CN', 'Bộ KHCN', 'BKHCN'], [
    'Cục Sở hữu trí tuệ', 'Cục Năng lượng nguyên tử', 'Cục An toàn bức xạ và hạt nhân', 'Cục Ứng dụng và Phát triển công nghệ',
    'Cục Thông tin khoa học và công nghệ quốc gia', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng', 'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia',
    'Cục Viễn thông', 'Cục Tần số vô tuyến điện', 'Cục An toàn thông tin', 'Cục Bưu điện Trung ương', 'Cục Chuyển đổi số quốc gia',
    'Cục Công nghiệp công nghệ thông tin', 'Cục Đổi mới sáng tạo', 'Cục Khởi nghiệp và Doanh nghiệp công nghệ', 'Vụ Bưu chính',
  ]),
  b('giao-duc-va-dao-tao', 'Bộ Giáo dục và Đào tạo', ['Bộ GD&ĐT', 'Bộ GDĐT', 'BGDĐT'], [
    'Vụ Giáo dục Mầm non', 'Vụ Giáo dục Tiểu học', 'Vụ Giáo dục Trung học', 'Vụ Giáo dục Đại học', 'Vụ Giáo dục Thường xuyên',
    'Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên', 'Cục Quản lý chất lượng', 'Cục Nhà giáo và Cán bộ quản lý giáo dục',
    'Cục Hợp tác quốc tế', 'Cục Cơ sở vật chất', 'Cục Khảo thí và Kiểm định chất lượng giáo dục', 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên',
    'Vụ Giáo dục dân tộc', 'Vụ Giáo dục Quốc phòng và An ninh',
  ]),
  b('y-te', 'Bộ Y tế', ['BYT'], [
    'Cục Quản lý Khám, chữa bệnh', 'Cục Quản lý Dược', 'Cục Quản lý Y, Dược cổ truyền', 'Cục An toàn thực phẩm', 'Cục Y tế dự phòng',
    'Cục Phòng bệnh', 'Cục Phòng, chống HIV/AIDS', 'Cục Quản lý Môi trường y tế', 'Cục Khoa học công nghệ và Đào tạo',
    'Cục Bà mẹ và Trẻ em', 'Cục Dân số', 'Cục Hạ tầng và Thiết bị y tế', 'Cục Cơ sở hạ tầng và Thiết bị y tế',
    'Tổng cục Dân số - Kế hoạch hóa gia đình', 'Cục Bảo trợ xã hội', 'Vụ Bảo hiểm y tế', 'Vụ Sức khỏe Bà mẹ - Trẻ em',
    'Vụ Trang thiết bị và Công trình y tế', 'Vụ Truyền thông và Thi đua, khen thưởng', 'Vụ Y, Dược cổ truyền', 'Cục Quản lý Khám chữa bệnh',
    // Hospitals, institutes and schools directly under the ministry (Quyết định on the units of the Bộ Y tế).
    'Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy', 'Bệnh viện Hữu nghị Việt Đức', 'Bệnh viện Trung ương Huế', 'Bệnh viện K',
    'Bệnh viện Nhi Trung ương', 'Bệnh viện Phụ sản Trung ương', 'Bệnh viện E', 'Bệnh viện Thống Nhất', 'Bệnh viện C Đà Nẵng',
    'Bệnh viện Mắt Trung ương', 'Bệnh viện Răng Hàm Mặt Trung ương', 'Bệnh viện Nội tiết Trung ương', 'Bệnh viện Lão khoa Trung ương',
    'Bệnh viện Phổi Trung ương', 'Bệnh viện Da liễu Trung ương', 'Bệnh viện Tâm thần Trung ương 1', 'Bệnh viện Tâm thần Trung ương 2',
    'Bệnh viện Y học cổ truyền Trung ương', 'Bệnh viện Châm cứu Trung ương', 'Bệnh viện Hữu Nghị', 'Bệnh viện Bệnh Nhiệt đới Trung ương',
    'Bệnh viện Trung ương Thái Nguyên', 'Bệnh viện Trung ương Quân đội 108', 'Bệnh viện Đa khoa Trung ương Cần Thơ', 'Bệnh viện Đa khoa Trung ương Quảng Nam',
    'Bệnh viện Điều dưỡng - Phục hồi chức năng Trung ương', 'Bệnh viện 71 Trung ương', 'Bệnh viện 74 Trung ương', 'Bệnh viện Phong - Da liễu Trung ương Quy Hòa',
    'Bệnh viện Răng Hàm Mặt Trung ương Thành phố Hồ Chí Minh', 'Bệnh viện Hữu nghị Đa khoa Nghệ An',
    'Viện Vệ sinh dịch tễ Trung ương', 'Viện Pasteur Thành phố Hồ Chí Minh', 'Viện Pasteur Nha Trang', 'Viện Vệ sinh dịch tễ Tây Nguyên',
    'Viện Dinh dưỡng', 'Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương', 'Viện Kiểm nghiệm thuốc Trung ương', 'Viện Pháp y Quốc gia',
    'Viện Chiến lược và Chính sách y tế', 'Viện Sức khỏe nghề nghiệp và Môi trường', 'Viện Kiểm định Quốc gia vắc xin và sinh phẩm y tế',
    'Trường Đại học Y Hà Nội', 'Trường Đại học Dược Hà Nội', 'Đại học Y Dược Thành phố Hồ Chí Minh', 'Trường Đại học Y tế công cộng',
    'Trường Đại học Y Dược Hải Phòng', 'Trường Đại học Y Dược Thái Bình', 'Trường Đại học Điều dưỡng Nam Định', 'Trường Đại học Kỹ thuật Y tế Hải Dương',
    'Trung tâm Y tế dự phòng', 'Trung tâm Kiểm soát bệnh tật',
  ]),
  b('dan-toc-va-ton-giao', 'Bộ Dân tộc và Tôn giáo', ['Bộ DTTG'], [
    'Ban Tôn giáo Chính phủ', 'Vụ Chính sách dân tộc', 'Vụ Địa phương', 'Vụ Dân tộc thiểu số', 'Vụ Tuyên truyền',
  ], { since: 2025 }),
  // Ministerial-level agencies (cơ quan ngang bộ).
  b('ngan-hang-nha-nuoc', 'Ngân hàng Nhà nước Việt Nam', ['NHNN', 'Ngân hàng Nhà nước'], [
    'Vụ Chính sách tiền tệ', 'Vụ Tín dụng các ngành kinh tế', 'Vụ Thanh toán', 'Cơ quan Thanh tra, giám sát ngân hàng',
    'Cục Quản lý, giám sát tổ chức tín dụng', 'Vụ Quản lý ngoại hối', 'Sở Giao dịch', 'Vụ Dự báo, thống kê', 'Cục Phát hành và Kho quỹ',
  ], { kind: 'co-quan-ngang-bo', key: 'nhnn' }),
  b('thanh-tra-chinh-phu', 'Thanh tra Chính phủ', ['TTCP'], [
    'Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực I', 'Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực II',
    'Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực III', 'Cục Phòng, chống tham nhũng', 'Vụ Pháp chế',
    'Cục Phòng, chống tham nhũng, tiêu cực', 'Ban Tiếp công dân Trung ương',
  ], { kind: 'co-quan-ngang-bo', key: 'ttcp' }),
  // Ministries and agencies of 2021–2025 merged on 1 March 2025 (Nghị quyết 176/2025/QH15).
  b('ke-hoach-va-dau-tu', 'Bộ Kế hoạch và Đầu tư', ['Bộ KH&ĐT', 'Bộ KHĐT', 'BKHĐT'], [
    'Vụ Tổng hợp kinh tế quốc dân', 'Vụ Kinh tế địa phương và lãnh thổ', 'Vụ Quản lý quy hoạch', 'Cục Đầu tư nước ngoài',
    'Cục Quản lý đấu thầu', 'Cục Quản lý đăng ký kinh doanh', 'Cục Phát triển doanh nghiệp', 'Tổng cục Thống kê', 'Cục Kinh tế hợp tác',
  ], { until: 2025, successor: 'bo:tai-chinh' }),
  b('thong-tin-va-truyen-thong', 'Bộ Thông tin và Truyền thông', ['Bộ TT&TT', 'Bộ TTTT', 'BTTTT'], [
    'Cục Báo chí', 'Cục Xuất bản, In và Phát hành', 'Cục Phát thanh, truyền hình và thông tin điện tử', 'Cục An toàn thông tin',
    'Cục Viễn thông', 'Cục Tần số vô tuyến điện', 'Cục Bưu điện Trung ương', 'Cục Chuyển đổi số quốc gia', 'Cục Thông tin đối ngoại',
    'Cục Thông tin cơ sở', 'Vụ Bưu chính', 'Vụ Công nghệ thông tin', 'Cục Công nghiệp công nghệ thông tin', 'Cục Tin học hóa',
  ], { until: 2025, successor: 'bo:khoa-hoc-va-cong-nghe' }),
  b('lao-dong-thuong-binh-va-xa-hoi', 'Bộ Lao động - Thương binh và Xã hội', ['Bộ LĐTBXH', 'Bộ LĐ-TB&XH', 'BLĐTBXH'], [
    'Cục Việc làm', 'Cục An toàn lao động', 'Cục Người có công', 'Cục Bảo trợ xã hội', 'Cục Trẻ em', 'Cục Phòng, chống tệ nạn xã hội',
    'Cục Quản lý lao động ngoài nước', 'Tổng cục Giáo dục nghề nghiệp', 'Vụ Bảo hiểm xã hội', 'Vụ Lao động - Tiền lương',
    'Vụ Bình đẳng giới', 'Cục Quan hệ lao động và Tiền lương',
  ], { until: 2025, successor: 'bo:noi-vu' }),
  b('nong-nghiep-va-phat-trien-nong-thon', 'Bộ Nông nghiệp và Phát triển nông thôn', ['Bộ NN&PTNT', 'Bộ NNPTNT', 'BNNPTNT'], [
    'Cục Trồng trọt', 'Cục Chăn nuôi', 'Cục Thú y', 'Cục Bảo vệ thực vật', 'Cục Kinh tế hợp tác và Phát triển nông thôn',
    'Cục Quản lý chất lượng nông lâm sản và thủy sản', 'Cục Chế biến và Phát triển thị trường nông sản', 'Tổng cục Lâm nghiệp',
    'Tổng cục Thủy sản', 'Tổng cục Thủy lợi', 'Tổng cục Phòng, chống thiên tai', 'Cục Kiểm lâm', 'Cục Thủy lợi', 'Cục Thủy sản',
    'Cục Lâm nghiệp', 'Cục Quản lý đê điều và Phòng, chống thiên tai', 'Cục Kiểm ngư',
  ], { until: 2025, successor: 'bo:nong-nghiep-va-moi-truong' }),
  b('tai-nguyen-va-moi-truong', 'Bộ Tài nguyên và Môi trường', ['Bộ TN&MT', 'Bộ TNMT', 'BTNMT'], [
    'Tổng cục Quản lý đất đai', 'Tổng cục Môi trường', 'Tổng cục Khí tượng Thủy văn', 'Tổng cục Biển và Hải đảo Việt Nam',
    'Cục Biến đổi khí hậu', 'Cục Quản lý tài nguyên nước', 'Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam',
    'Tổng cục Địa chất và Khoáng sản Việt Nam', 'Cục Viễn thám quốc gia', 'Cục Kiểm soát ô nhiễm môi trường', 'Cục Bảo tồn thiên nhiên và Đa dạng sinh học',
  ], { until: 2025, successor: 'bo:nong-nghiep-va-moi-truong' }),
  b('giao-thong-van-tai', 'Bộ Giao thông vận tải', ['Bộ GTVT', 'BGTVT'], [
    'Tổng cục Đường bộ Việt Nam', 'Cục Đường bộ Việt Nam', 'Cục Hàng hải Việt Nam', 'Cục Hàng không Việt Nam', 'Cục Đường sắt Việt Nam',
    'Cục Đường thủy nội địa Việt Nam', 'Cục Đăng kiểm Việt Nam', 'Cục Quản lý đầu tư xây dựng', 'Vụ Vận tải',
    'Vụ Kết cấu hạ tầng giao thông', 'Vụ An toàn giao thông', 'Cục Đường cao tốc Việt Nam',
  ], { until: 2025, successor: 'bo:xay-dung' }),
  b('uy-ban-dan-toc', 'Ủy ban Dân tộc', ['UBDT'], [
    'Vụ Chính sách dân tộc', 'Vụ Địa phương I', 'Vụ Địa phương II', 'Vụ Địa phương III', 'Vụ Dân tộc thiểu số', 'Vụ Tuyên truyền',
  ], { kind: 'co-quan-ngang-bo', key: 'uy-ban-dan-toc', until: 2025, successor: 'bo:dan-toc-va-ton-giao' }),
  // Names of 2002–2007 (Nghị quyết 01/2007/QH12 merged them), still in archives.
  b('thuong-mai', 'Bộ Thương mại', [], ['Vụ Xuất nhập khẩu', 'Cục Quản lý cạnh tranh', 'Cục Xúc tiến thương mại', 'Cục Quản lý thị trường'], { until: 2007, successor: 'bo:cong-thuong' }),
  b('cong-nghiep', 'Bộ Công nghiệp', [], [], { until: 2007, successor: 'bo:cong-thuong' }),
  b('thuy-san', 'Bộ Thủy sản', [], [], { until: 2007, successor: 'bo:nong-nghiep-va-phat-trien-nong-thon' }),
  b('buu-chinh-vien-thong', 'Bộ Bưu chính, Viễn thông', [], [], { until: 2007, successor: 'bo:thong-tin-va-truyen-thong' }),
  b('van-hoa-thong-tin', 'Bộ Văn hóa - Thông tin', [], [], { until: 2007, successor: 'bo:van-hoa-the-thao-va-du-lich' }),
  b('khoa-hoc-cong-nghe-va-moi-truong', 'Bộ Khoa học, Công nghệ và Môi trường', [], [], { until: 2002, successor: 'bo:khoa-hoc-va-cong-nghe' }),
  b('uy-ban-the-duc-the-thao', 'Ủy ban Thể dục Thể thao', [], [], { kind: 'co-quan-ngang-bo', key: 'uy-ban-the-duc-the-thao', until: 2007 }),
  b('uy-ban-dan-so-gia-dinh-va-tre-em', 'Ủy ban Dân số, Gia đình và Trẻ em', [], [], { kind: 'co-quan-ngang-bo', key: 'uy-ban-dan-so-gia-dinh-va-tre-em', until: 2007 }),
];
