// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/ProductImport.h"
#include "ports/BackOfficePort.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace ss::ui {

class ImportPlanModel;

/// Products from a spreadsheet: choose the file, say which column is which, see what will be
/// created, updated and rejected and why, then import all of it (or the good rows) at once.
/// Reading, checking and applying run on the database thread: 50,000 rows never freeze the screen.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, PlanPageId };
    ImportWizard(core::BackOfficePort& backOffice, QString actorUid, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Reads `path` and checks it (as choosing it on the first page does).
    void loadFile(const QString& path);
    [[nodiscard]] const std::optional<core::ImportPreview>& preview() const { return m_preview; }
    [[nodiscard]] bool busy() const { return m_busy; }
    /// What the import did, once it is done.
    [[nodiscard]] const std::optional<core::ImportApplied>& applied() const { return m_applied; }

signals:
    void previewChanged();
    void importFinished(bool imported);

protected:
    void accept() override;

private:
    void check(const std::optional<core::ColumnMapping>& mapping);
    void showPreview();
    void buildMapping();
    void setBusy(bool busy);

    core::BackOfficePort& m_backOffice;
    QString m_actorUid;
    QByteArray m_bytes;
    QString m_loadedPath;
    std::optional<core::ImportPreview> m_preview;
    std::optional<core::ImportApplied> m_applied;
    bool m_busy = false;
    QString m_problem;

    QLineEdit* m_path;
    QLabel* m_fileStatus;
    QFormLayout* m_mappingForm;
    QLabel* m_counts;
    QTableView* m_rows;
    ImportPlanModel* m_model;
    QCheckBox* m_skipRejected;
    QProgressBar* m_progress;
    QLabel* m_result;
};

} // namespace ss::ui
