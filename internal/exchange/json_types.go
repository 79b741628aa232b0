package exchange

// FormatName identifies a Carnet JSON file; FormatVersion is its version.
const (
	FormatName    = "carnet"
	FormatVersion = 1
)

// The wire types spell every field out as text, so the file is readable and
// the same record always gives the same bytes.
type fileJSON struct {
	Format   string        `json:"format"`
	Version  int           `json:"version"`
	Profile  *profileJSON  `json:"profile,omitempty"`
	Acts     []actJSON     `json:"acts"`
	Mails    []mailJSON    `json:"mails"`
	Requests []requestJSON `json:"requests"`
	Meetings []meetingJSON `json:"meetings"`
	// AnswerFiles and Facts are omitted when empty, so files written
	// before answers were kept round-trip byte for byte.
	AnswerFiles []answerFileJSON `json:"answer_files,omitempty"`
	Facts       []factJSON       `json:"facts,omitempty"`
	// Notices are omitted when empty, so files written before notices
	// were kept round-trip byte for byte.
	Notices []noticeJSON `json:"notices,omitempty"`
}

type profileJSON struct {
	Name            string  `json:"name"`
	Address         string  `json:"address"`
	FranceTravailID string  `json:"france_travail_id"`
	Agency          string  `json:"agency"`
	Adviser         string  `json:"adviser"`
	Departement     string  `json:"departement"`
	TargetMinutes   int     `json:"target_minutes"`
	Language        string  `json:"language"`
	TextScale       float64 `json:"text_scale"`
	BackupDir       string  `json:"backup_dir,omitempty"`
	Theme           string  `json:"theme,omitempty"` // absent: follow the system (files before it existed)
	ContractDate    string  `json:"contract_date"`
	BirthDate       string  `json:"birth_date"`
	Email           string  `json:"email"`
}

type contactJSON struct {
	Name  string `json:"name"`
	Role  string `json:"role"`
	Email string `json:"email"`
	Phone string `json:"phone"`
}

type statusJSON struct {
	ID        string `json:"id"`
	Status    string `json:"status"`
	Date      string `json:"date"`
	CreatedAt string `json:"created_at"`
}

type attachmentJSON struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	MimeType  string `json:"mime_type"`
	Size      int64  `json:"size"`
	SHA256    string `json:"sha256"`
	CreatedAt string `json:"created_at"`
	Data      []byte `json:"data"`
}

type actJSON struct {
	ID           string           `json:"id"`
	Date         string           `json:"date"`
	StartTime    string           `json:"start_time"`
	Minutes      int              `json:"minutes"`
	Theme        string           `json:"theme"`
	Code         string           `json:"code"`
	Label        string           `json:"label"`
	Organisation string           `json:"organisation"`
	Contact      contactJSON      `json:"contact"`
	Channel      string           `json:"channel"`
	OfferRef     string           `json:"offer_ref"`
	Notes        string           `json:"notes"`
	Private      bool             `json:"private"`
	Status       string           `json:"status"`
	History      []statusJSON     `json:"history"`
	NextAction   string           `json:"next_action"`
	NextActionOn string           `json:"next_action_on"`
	CreatedAt    string           `json:"created_at"`
	UpdatedAt    string           `json:"updated_at"`
	DeletedAt    string           `json:"deleted_at"`
	Attachments  []attachmentJSON `json:"attachments"`
}

type mailJSON struct {
	ID          string           `json:"id"`
	Direction   string           `json:"direction"`
	Date        string           `json:"date"`
	Channel     string           `json:"channel"`
	Kind        string           `json:"kind"`
	Subject     string           `json:"subject"`
	Notes       string           `json:"notes"`
	ReplyBy     string           `json:"reply_by"`
	ReplyMailID string           `json:"reply_mail_id"`
	PeriodFrom  string           `json:"period_from"`
	PeriodTo    string           `json:"period_to"`
	CreatedAt   string           `json:"created_at"`
	UpdatedAt   string           `json:"updated_at"`
	DeletedAt   string           `json:"deleted_at"`
	Attachments []attachmentJSON `json:"attachments"`
}

type agreedActionJSON struct {
	Text  string `json:"text"`
	Date  string `json:"date"`
	ActID string `json:"act_id"`
}

type meetingJSON struct {
	ID        string             `json:"id"`
	Date      string             `json:"date"`
	StartTime string             `json:"start_time"`
	Mode      string             `json:"mode"`
	Adviser   string             `json:"adviser"`
	Place     string             `json:"place"`
	Questions []string           `json:"questions"`
	Documents []string           `json:"documents"`
	Notes     string             `json:"notes"`
	Agreed    []agreedActionJSON `json:"agreed"`
	NextDate  string             `json:"next_date"`
	CreatedAt string             `json:"created_at"`
	UpdatedAt string             `json:"updated_at"`
	DeletedAt string             `json:"deleted_at"`
}
