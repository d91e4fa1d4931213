// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QWidget;

namespace Agentry {

// Tab order for pages whose widgets are created and deleted as the data changes.
namespace FocusChain {

// Chains the widgets under `root` that Tab stops at in the order of their layouts (rows of
// a form layout, then the items of box and grid layouts as added): the reading order.
// Widgets outside layouts keep their place.
void orderByLayout(QWidget *root);

} // namespace FocusChain

} // namespace Agentry
