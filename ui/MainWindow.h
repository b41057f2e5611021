// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreProfile.h"

#include <QMainWindow>

class QLabel;

namespace ss::ui {

/// The terminal's main window. For now it shows which store is open and what it holds; the checkout
/// and owner screens plug into it. It never touches storage: the app hands it results.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

public slots:
    /// While the store opens on the database thread.
    void showOpening(const QString& storeFile);
    void showStore(const ss::core::StoreOverview& overview);
    /// A start-up failure, already in words for people (the app translates the error code).
    void showStartupError(const QString& message);

private:
    QLabel* m_storeName = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ss::ui
