import TradeModel

/// Every sentence the command line says, in Indonesian (the default, as the dashboard) and
/// English, chosen by `--lang`. A line that starts `ok` keeps that word in both languages: scripts
/// look for it. Option names, ids, file names and figures are never translated; ArgumentParser's
/// own help and `file:line: error:` prefixes stay as tools write them.
enum CLIText {
    private static func t(_ id: String, _ en: String, _ l: Language) -> String { l == .id ? id : en }

    // MARK: options

    static func langInvalid(_ l: Language) -> String { t("--lang harus id atau en", "--lang must be id or en", l) }
    static func actionIdName(_ l: Language) -> String { t("ID tindak lanjut", "the action ID", l) }
    static func dealIdName(_ l: Language) -> String { t("ID transaksi", "the deal ID", l) }
    /// `--id must not contain control characters`.
    static func refusedId(_ name: String, _ l: Language) -> String { name + " " + Identifier.refusal(l) }
    static func chooseOneStatus(_ l: Language) -> String {
        t("pilih salah satu dari --done, --undone, --in-progress", "choose one of --done, --undone, --in-progress", l)
    }
    static func nothingToChangeAction(_ l: Language) -> String {
        t("tidak ada yang diubah: beri --done, --undone, --in-progress, --note, --owner, atau --due",
          "nothing to change: give --done, --undone, --in-progress, --note, --owner or --due", l)
    }
    static func dueInvalid(_ l: Language) -> String {
        t("--due harus tanggal yang ada, ditulis TTTT-BB-HH, atau none", "--due must be a date that exists, as YYYY-MM-DD, or none", l)
    }
    static func ownerEmpty(_ l: Language) -> String { t("--owner tidak boleh kosong", "--owner must not be empty", l) }
    static func reasonRequired(_ l: Language) -> String {
        t("--reason wajib diisi: sebutkan alasan transaksi ditarik", "--reason is required: say why the deal is withdrawn", l)
    }
    static func statusInvalid(_ l: Language) -> String {
        t("--status harus committed, validated, atau reported", "--status must be committed, validated or reported", l)
    }
    static func dateInvalid(_ l: Language) -> String {
        t("--date harus tanggal yang ada, ditulis TTTT-BB-HH", "--date must be a date that exists, as YYYY-MM-DD", l)
    }
    static func rotateRange(_ l: Language) -> String {
        t("--rotate harus antara 2 dan 3600 detik", "--rotate must be between 2 and 3600 seconds", l)
    }
    static func csvOptionsNeedCSV(_ l: Language) -> String {
        t("--csv-style, --delimiter dan --bom hanya berlaku untuk --format csv", "--csv-style, --delimiter and --bom apply only to --format csv", l)
    }
    static func dealsRange(_ l: Language) -> String { t("--deals harus antara 0 dan 50000000", "--deals must be between 0 and 50000000", l) }

    // MARK: what is not there

    static func noAction(_ id: String, _ l: Language) -> String {
        t("tidak ada tindak lanjut dengan id \"\(id)\"", "no follow-up action has the id \"\(id)\"", l)
    }
    static func noDeal(_ id: String, _ l: Language) -> String { t("tidak ada transaksi dengan id \"\(id)\"", "no deal has the id \"\(id)\"", l) }
    static func noRegion(_ id: String, ids: String, _ l: Language) -> String {
        t("tidak ada wilayah \"\(id)\" (\(ids))", "there is no region \"\(id)\" (\(ids))", l)
    }
    static func noMission(_ id: String, ids: String, _ l: Language) -> String {
        t("tidak ada misi atau kesepakatan \"\(id)\"; id yang ada: \(ids)", "there is no mission or agreement \"\(id)\"; the ids are: \(ids)", l)
    }
    static func missionExists(_ id: String, _ l: Language) -> String {
        t("misi \"\(id)\" sudah ada; beri --id yang lain", "the mission \"\(id)\" already exists; give another --id", l)
    }

    // MARK: changes

    static func alreadyWithdrawn(_ id: String, _ l: Language) -> String { t("sudah ditarik: \(id)", "already withdrawn: \(id)", l) }
    static func nothingToChangeDeal(_ id: String, _ l: Language) -> String { t("tidak ada yang berubah: \(id)", "nothing to change: \(id)", l) }
    static func okWithdrawn(_ id: String, _ value: Int64, _ l: Language) -> String {
        "ok " + t("ditarik", "withdrawn", l) + " \(id) \(Rupiah.exact(value, l))"
    }
    static func okCorrected(_ id: String, _ value: Int64, _ l: Language) -> String {
        "ok " + t("diperbaiki", "corrected", l) + " \(id) \(Rupiah.exact(value, l))"
    }
    static func okRecorded(_ id: String, _ value: Int64, _ l: Language) -> String {
        "ok \(id) \(Rupiah.exact(value, l)) (\(RupiahInput.words(value, l)))"
    }
    static func addsToFinal(_ final: Int64, _ l: Language) -> String {
        t("; menambah angka akhir yang diumumkan \(Rupiah.exact(final, l))", "; adds to the published final \(Rupiah.exact(final, l))", l)
    }
    /// After a correction, what the mission's total now says against its published final.
    static func departsFromFinal(_ mission: String, total: Int64, final: Int64, by: Int64, _ l: Language) -> String {
        t("; total \(mission) (\(Rupiah.exact(total, l))) berbeda dari angka akhir yang diumumkan \(Rupiah.exact(final, l)) sebesar \(Rupiah.exact(by, l))",
          "; the total of \(mission) (\(Rupiah.exact(total, l))) differs from the published final \(Rupiah.exact(final, l)) by \(Rupiah.exact(by, l))", l)
    }
    /// `Rp60.000.000.000 (enam puluh miliar rupiah) bernilai Rp50 miliar atau lebih`.
    static func largeValue(_ v: Int64, _ l: Language) -> String {
        let limit = Rupiah.short(DealDesk.confirmAbove, l)
        return "\(Rupiah.exact(v, l)) (\(RupiahInput.words(v, l))) " + t("bernilai \(limit) atau lebih", "is \(limit) or more", l)
    }
    static func checkThenAdd(_ flag: String, _ l: Language) -> String { t("; periksa, lalu tambahkan \(flag)", "; check it, then add \(flag)", l) }

    // MARK: the journal as a change meets it

    static func interruptedMoved(_ path: String, _ l: Language) -> String {
        t("tulisan yang terputus di akhir jurnal dipindahkan ke \(path)", "an interrupted write at the end of the journal was moved to \(path)", l)
    }
    static func someoneElse(_ l: Language) -> String { t("orang lain", "someone else", l) }
    /// `budi pada 23 Nov 2026 08.02 WIB`.
    static func whoAt(_ user: String, _ at: String, _ zone: LocalZone, _ l: Language) -> String {
        user + t(" pada ", " at ", l) + DateText.eventTime(at, zone, l)
    }
    static func notApplied(_ who: String, _ l: Language) -> String {
        t("tidak diterapkan: sudah diubah oleh \(who) setelah perintah ini membacanya; perubahan ini tetap di jurnal tetapi tidak diterapkan. "
            + "Jalankan perintah lagi untuk bertindak atas keadaan sekarang, atau tambahkan --force",
          "not applied: it was changed by \(who) after this command read it; the change is kept in the journal but not applied. "
            + "Run the command again to act on what is there now, or add --force", l)
    }

    // MARK: reports

    /// `counted`: the missions with a transaction, as `summary` and the header count them;
    /// letters of intent are not transactions and are said apart.
    static func valid(missions: Int, counted: Int, agreements: Int, lines: Int, events: Int, transactions: Int64, letters: Int64, _ l: Language) -> String {
        let loi = letters > 0 ? t(", LoI \(Rupiah.exact(letters, l)) di luar (bukan transaksi)", ", LoI \(Rupiah.exact(letters, l)) apart (not transactions)", l) : ""
        return t("valid: \(missions) misi (\(counted) dengan transaksi), \(agreements) kesepakatan, \(lines) baris, \(events) peristiwa jurnal; transaksi \(Rupiah.exact(transactions, l))",
                 "valid: \(Labels.count(missions, "mission", "missions")) (\(counted) with transactions), \(Labels.count(agreements, "agreement", "agreements")), "
                    + "\(Labels.count(lines, "line", "lines")), \(Labels.count(events, "journal event", "journal events")); transactions \(Rupiah.exact(transactions, l))", l) + loi
    }
    static func cannotWrite(_ path: String, _ why: String, _ l: Language) -> String {
        t("tidak dapat menulis \(path): \(why)", "cannot write \(path): \(why)", l)
    }
    /// `presenter`: the forum screen (`present`), named as such.
    static func cannotOpenDashboard(_ why: TerminalUnavailable, presenter: Bool = false, _ l: Language) -> String {
        let reason: String = switch why {
        case .inputNotATerminal: t("masukan standar bukan terminal", "standard input is not a terminal", l)
        case .outputNotATerminal:
            t("keluaran standar bukan terminal (pakai `trade-tui summary` untuk laporan)",
              "standard output is not a terminal (use `trade-tui summary` for reports)", l)
        case .noTerm: t("TERM tidak diatur", "TERM is not set", l)
        case .unknownTerm(let term): t("jenis terminal \"\(term)\" tidak dikenal", "the terminal type \"\(term)\" is unknown", l)
        case .cannotMoveCursor(let term): t("terminal \"\(term)\" tidak dapat memindahkan kursor", "the terminal \"\(term)\" cannot move the cursor", l)
        }
        return (presenter ? t("layar presentasi tidak dapat dibuka: ", "cannot open the presenter screen: ", l)
            : t("dasbor tidak dapat dibuka: ", "cannot open the dashboard: ", l)) + reason
    }

    // MARK: import-deals

    static func rowsRead(_ n: Int, _ l: Language) -> String { t("\(n) baris terbaca…", "read \(Labels.count(n, "row", "rows"))…", l) }
    static func dryRun(_ n: Int, _ total: Int64, _ l: Language) -> String {
        t("uji coba: akan menambah \(n) transaksi, \(Rupiah.exact(total, l)) (tidak ada yang ditulis)",
          "dry run: would add \(Labels.count(n, "deal", "deals")), \(Rupiah.exact(total, l)) (nothing written)", l)
    }
    static func more(_ n: Int, _ l: Language) -> String { t("… \(n) lagi", "… \(n) more", l) }
    static func okAdded(_ n: Int, _ total: Int64, _ l: Language) -> String {
        "ok " + t("ditambahkan \(n) transaksi, \(Rupiah.exact(total, l))", "added \(Labels.count(n, "deal", "deals")), \(Rupiah.exact(total, l))", l)
    }
    /// `export-deals --out FILE`, once the file is durable.
    static func okExported(_ n: Int, _ path: String, _ l: Language) -> String {
        "ok " + t("\(n) transaksi ditulis ke \(path)", "wrote \(Labels.count(n, "deal", "deals")) to \(path)", l)
    }
    /// `generate`, once every file is written.
    static func okGenerated(deals: Int, missions: Int, _ dir: String, _ l: Language) -> String {
        "ok " + t("data sintetis ditulis ke \(dir): \(deals) transaksi, \(missions) misi",
                  "wrote synthetic data to \(dir): \(Labels.count(deals, "deal", "deals")), \(Labels.count(missions, "mission", "missions"))", l)
    }
    static func importWithConfirmLarge(_ l: Language) -> String {
        t("; periksa, lalu impor dengan --confirm-large", "; check them, then import with --confirm-large", l)
    }
    static func nothingFromFile(_ l: Language) -> String {
        t("; tidak ada isi berkas ini yang tercatat", "; nothing from this file was recorded", l)
    }

    // MARK: the desk's spreadsheet (one row's fault)

    static func notUTF8(_ l: Language) -> String {
        t("bukan teks UTF-8 yang sah (simpan lembar kerja sebagai CSV UTF-8)", "is not valid UTF-8 text (save the spreadsheet as CSV UTF-8)", l)
    }
    static func headerUnreadable(_ why: String, _ l: Language) -> String {
        t("baris judul tidak dapat dibaca (\(why))", "cannot read the header row (\(why))", l)
    }
    static func unknownColumn(_ name: String, columns: String, _ l: Language) -> String {
        t("kolom \"\(name)\" tidak dikenal; kolomnya: \(columns)", "unknown column \"\(name)\"; the columns are \(columns)", l)
    }
    static func columnTwice(_ name: String, _ a: Int, _ b: Int, _ l: Language) -> String {
        t("kolom \"\(name)\" muncul lebih dari sekali (kolom \(a) dan \(b))", "the column \"\(name)\" appears more than once (columns \(a) and \(b))", l)
    }
    static func columnMissing(_ name: String, _ l: Language) -> String {
        t("kolom wajib \"\(name)\" tidak ada", "the required column \"\(name)\" is missing", l)
    }
    static func fieldCount(_ n: Int, header: Int, _ l: Language) -> String {
        t("berisi \(n) kolom; baris judul berisi \(header)", "has \(n) fields; the header has \(header)", l)
    }
    static func directionInvalid(_ l: Language) -> String {
        t("direction harus sell, buy, investment, atau unspecified", "direction must be sell, buy, investment or unspecified", l)
    }
    static func rowStatusInvalid(_ l: Language) -> String {
        t("status harus reported, committed, atau validated", "status must be reported, committed or validated", l)
    }
    static func kindInvalid(_ l: Language) -> String {
        t("kind harus itemised, publishedAggregate, letterOfIntent, atau unallocated",
          "kind must be itemised, publishedAggregate, letterOfIntent or unallocated", l)
    }
    static func repeatsLine(_ line: Int, _ l: Language) -> String {
        t("sama persis dengan baris \(line); beri id pada baris-baris itu bila memang transaksi terpisah",
          "repeats line \(line) exactly; give the rows ids if they are separate deals", l)
    }
    static func alreadyRecorded(_ id: String, _ l: Language) -> String {
        t("sudah tercatat (\(id)): baris-baris ini pernah diimpor, mungkin dengan nama berkas lain" + skipHint(l),
          "is already recorded (\(id)): these rows were imported before, perhaps under another file name" + skipHint(l), l)
    }
    /// A row whose own id was recorded before this file.
    static func idRecorded(_ id: String, _ l: Language) -> String {
        t("id transaksi \"\(id)\" sudah tercatat", "the deal id \"\(id)\" is already recorded", l) + skipHint(l)
    }
    private static func skipHint(_ l: Language) -> String {
        t(" (untuk melewati baris yang sudah tercatat sama persis, impor dengan --skip-existing)",
          " (to skip rows recorded the same, import with --skip-existing)", l)
    }
    static func recordedOtherwise(_ id: String, _ column: String, recorded: String, here: String, _ l: Language) -> String {
        let r = recorded.isEmpty ? t("(kosong)", "(empty)", l) : "\"" + recorded + "\""
        let h = here.isEmpty ? t("(kosong)", "(empty)", l) : "\"" + here + "\""
        return t("id \(id) sudah tercatat dengan \(column) lain: tercatat \(r), di berkas ini \(h)",
                 "the id \(id) is already recorded with another \(column): recorded \(r), in this file \(h)", l)
    }
    /// `--skip-existing`: rows left out because the same deal is recorded.
    static func skippedIdentical(_ n: Int, _ l: Language) -> String {
        t("\(n) dilewati: sudah tercatat sama persis", "\(n) skipped: already recorded, identical", l)
    }
    static func rowTooBig(_ bytes: Int, mib: Int, _ l: Language) -> String {
        t("baris ini berisi \(bytes) bita; satu transaksi harus muat dalam satu baris jurnal (\(mib) MiB)",
          "the row holds \(bytes) bytes; a deal must fit in one journal line (\(mib) MiB)", l)
    }
    static func cannotBeRead(_ why: String, _ l: Language) -> String { t("tidak dapat dibaca (\(why))", "cannot be read (\(why))", l) }

    // MARK: journal check, repair, export, init, copy

    static func notAPostgresURL(_ shown: String, _ l: Language) -> String {
        t("\(shown): beri URL postgresql://pengguna@host:port/db tanpa kata sandi (kata sandi dari PGPASSWORD atau ~/.pgpass)",
          "\(shown): give a postgresql://user@host:port/db URL without a password (the password comes from PGPASSWORD or ~/.pgpass)", l)
    }
    static func nothingToRepairOnPostgres(_ shown: String, _ l: Language) -> String {
        t("\(shown): tidak ada yang perlu diperbaiki — PostgreSQL menyimpan setiap perubahan utuh dalam satu transaksi",
          "\(shown): nothing to repair — PostgreSQL keeps every change whole, in one transaction", l)
    }
    static func noJournalToCopy(_ from: String, _ l: Language) -> String {
        t("\(from): tidak ada jurnal di sana untuk disalin", "\(from): there is no journal there to copy", l)
    }
    static func copyConflicts(_ n: Int, to: String, _ l: Language) -> String {
        t("\(n) perubahan yang disalin dibuat dari versi yang di \(to) sudah diubah orang lain: disimpan di sana sebagai konflik, tidak diterapkan (lihat `journal check` dan layar)",
          "\(Labels.count(n, "copied change was", "copied changes were")) made from versions \(to) had already changed: kept there as conflicts, not applied (see `journal check` and the screen)", l)
    }
    static func schemaReady(_ version: Int, _ l: Language) -> String {
        t("skema jurnal versi \(version) siap", "journal schema version \(version) ready", l)
    }
    static func journalAt(_ sentence: String, _ l: Language) -> String {
        t("jurnal ", "the journal ", l) + sentence
    }
    static func copied(read: Int, copied: Int, skipped: Int, from: String, to: String, _ l: Language) -> String {
        t("\(copied) dari \(read) perubahan disalin dari \(from) ke \(to)" + (skipped > 0 ? "; \(skipped) baris tidak utuh tidak disalin" : ""),
          "\(copied) of \(Labels.count(read, "change", "changes")) copied from \(from) to \(to)"
            + (skipped > 0 ? "; \(Labels.count(skipped, "line not part of a whole change was", "lines not part of a whole change were")) not copied" : ""), l)
    }

    static func noJournalYet(_ path: String, _ l: Language) -> String {
        t("\(path): belum ada jurnal (belum ada yang diubah)", "\(path): no journal yet (nothing has been changed)", l)
    }
    static func checked(_ path: String, lines: Int, events: Int, damaged: Int, tornBytes: Int, _ l: Language) -> String {
        let torn = tornBytes > 0 ? t("\(tornBytes) bita", Labels.count(tornBytes, "byte", "bytes"), l) : t("tidak", "no", l)
        return t("\(path): \(lines) baris, \(events) peristiwa diterapkan, \(damaged) rusak, baris terakhir terputus: \(torn)",
                 "\(path): \(Labels.count(lines, "line", "lines")), \(Labels.count(events, "event", "events")) applied, \(damaged) damaged, interrupted last line: \(torn)", l)
    }
    static func journalOfAnotherDataset(_ l: Language) -> String {
        t("jurnal ini tidak dapat dipakai dengan data ini", "this journal cannot be used with this data set", l)
    }
    static func runRepair(_ l: Language) -> String {
        t("jalankan `trade-tui journal repair` untuk menyisihkan baris yang rusak", "run `trade-tui journal repair` to set the damaged lines aside", l)
    }
    static func nothingToRepair(_ path: String, _ l: Language) -> String {
        t("tidak ada jurnal di \(path); tidak ada yang diperbaiki", "no journal at \(path); nothing to repair", l)
    }
    static func nothingToExport(_ path: String, _ l: Language) -> String {
        t("tidak ada jurnal di \(path); tidak ada yang dicadangkan", "no journal at \(path); nothing to export", l)
    }
    static func wrote(_ bytes: Int, _ path: String, _ l: Language) -> String {
        t("\(bytes) bita ditulis ke \(path)", "wrote \(Labels.count(bytes, "byte", "bytes")) to \(path)", l)
    }
    /// `journal repair`'s one line: what it kept, set aside, dropped and repaired.
    static func repaired(_ r: RepairSummary, _ l: Language) -> String {
        var s = t("\(r.kept) peristiwa disimpan; \(r.setAside) baris disisihkan", "kept \(Labels.count(r.kept, "event", "events")); set aside \(Labels.count(r.setAside, "line", "lines"))", l)
        if let aside = r.asidePath { s += t(" di ", " in ", l) + aside }
        if r.changedRepeats > 0 {
            s += t(" (\(r.changedRepeats) mengulang id peristiwa dengan isi lain)", " (\(r.changedRepeats) repeating an event id with other content)", l)
        }
        if r.exactRepeats > 0 { s += t("; \(r.exactRepeats) ulangan persis dibuang", "; dropped \(r.exactRepeats) exact repeats", l) }
        if let target = r.linkTarget { s += t("; \(target), yang ditunjuk tautan itu, diperbaiki", "; repaired \(target), which the link names", l) }
        if r.unchanged { s += t("; jurnal tidak perlu diubah", "; the journal needed no change", l) }
        return s
    }
    struct RepairSummary {
        var kept: Int, setAside: Int, asidePath: String?, changedRepeats: Int, exactRepeats: Int, linkTarget: String?, unchanged: Bool
    }
}
